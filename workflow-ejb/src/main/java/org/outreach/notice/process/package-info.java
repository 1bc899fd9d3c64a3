/** Delegates of the deliver-notice process; each one only calls a service. */
package org.outreach.notice.process;
