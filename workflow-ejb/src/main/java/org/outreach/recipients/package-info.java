/**
 * Who an address reaches. Above all: whether it reaches a government or a consulate, to which
 * nothing that names a case, the leak or that a person sought protection may ever go.
 */
package org.outreach.recipients;
