/** The audit trail as a page for supervisors and as a CSV export for administrators. */
package org.outreach.audit.web;
