package org.outreach.audit;

/** What was done with a record. */
public enum AuditAction {
  CREATE_PERSON,
  /** The whole record was decrypted and handed to the actor. */
  READ_PERSON,
  /** The record was changed (a re-import); the event carries no values. */
  CHANGE_PERSON,
  /** The record was returned by a search by name or date of birth. */
  SEARCH_PERSON,
  /** One address was decrypted to deliver a notice. */
  READ_NOTICE_ADDRESS,
  /** Every stored value was re-encrypted under the current data key. */
  RE_ENCRYPT_PERSON
}
