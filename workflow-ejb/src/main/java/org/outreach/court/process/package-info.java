/** Delegates of the court-access process; each one only calls a service. */
package org.outreach.court.process;
