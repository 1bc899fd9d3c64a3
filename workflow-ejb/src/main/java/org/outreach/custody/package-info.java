/** Custody review of detained affected people. */
package org.outreach.custody;
