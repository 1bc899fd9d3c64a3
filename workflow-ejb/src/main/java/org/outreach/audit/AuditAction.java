package org.outreach.audit;

/** What was done with a record. */
public enum AuditAction {
  CREATE_PERSON,
  READ_PERSON
}
