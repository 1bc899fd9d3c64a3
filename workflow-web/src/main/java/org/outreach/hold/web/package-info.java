/** The console's form for stopping a removal scheduled while the removal hold stands. */
package org.outreach.hold.web;
