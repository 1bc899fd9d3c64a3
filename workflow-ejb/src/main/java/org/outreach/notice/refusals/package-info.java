/**
 * Notices refused because their address reaches a government or a consulate: each recorded on its
 * case, on the case's timeline and in its proof of notice, and listed for supervisors.
 */
package org.outreach.notice.refusals;
