/** Delegates of the custody-review process; each one only calls a service. */
package org.outreach.custody.process;
