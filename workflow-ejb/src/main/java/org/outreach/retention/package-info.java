/**
 * Retention: the personal data of a case closed longer than the retention period is erased by a
 * daily job (the person's record, the case's records and documents, the engine's history of its
 * processes), the audit trail and the anonymous figures kept, and supervisors read what went.
 */
package org.outreach.retention;
