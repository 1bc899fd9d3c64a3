/** Delegates of the locate-person process; each one only calls a service. */
package org.outreach.locate.process;
