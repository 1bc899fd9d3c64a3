/** Return travel for removed people who wish to come back. */
package org.outreach.travel;
