/** The audit trail: an append-only record of who read or changed whose record, and why. */
package org.outreach.audit;
