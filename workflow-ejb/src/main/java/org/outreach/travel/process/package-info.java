/** Delegates of the return-travel process; each one only calls a service. */
package org.outreach.travel.process;
