/** The work a logged-in staff member may see and do: list, claim, unclaim and complete tasks. */
package org.outreach.tasks;
