package org.outreach.audit;

/** What was done with a record. */
public enum AuditAction {
  CREATE_PERSON,
  READ_PERSON,
  /** One contact point (or the attorney's address) read to deliver something. */
  READ_CONTACT_POINT
}
