/**
 * The console's part of locating a person: the contact attempts form of a locate task, and the
 * supervisor's review of the diligent effort.
 */
package org.outreach.locate.web;
