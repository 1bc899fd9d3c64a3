/** Delegates through which the outreach process acts on cases; each one only calls a service. */
package org.outreach.cases.process;
