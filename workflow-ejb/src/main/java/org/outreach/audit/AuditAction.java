package org.outreach.audit;

/** What was done with a record. */
public enum AuditAction {
  CREATE_PERSON,
  /** The whole record was decrypted and handed to the actor. */
  READ_PERSON,
  /** The parts of the record a worklist row needs were decrypted to show it in a list. */
  LIST_PERSON,
  /** The record was changed (a re-import); the event carries no values. */
  CHANGE_PERSON,
  /** The record was returned by a search by name or date of birth. */
  SEARCH_PERSON,
  /** One address was decrypted to deliver a notice. */
  READ_NOTICE_ADDRESS,
  /** Every stored value was re-encrypted under the current data key. */
  RE_ENCRYPT_PERSON,
  /** A document (a receipt, a filing) was stored with a case; the event names the document. */
  STORE_DOCUMENT,
  /** A document's content was decrypted and handed to the actor. */
  READ_DOCUMENT,
  /** A document's content was re-encrypted under the current data key. */
  RE_ENCRYPT_DOCUMENT,
  /**
   * The name (or A-number, or detention facility) a letter or custody notice needs was decrypted.
   */
  READ_NOTICE_RECIPIENT,
  /** A document holding the person's name and address was handed out: a print batch downloaded. */
  DOWNLOAD_LETTER,
  /** A custody notice naming the person was rendered and handed out for delivery. */
  DOWNLOAD_CUSTODY_NOTICE,
  /**
   * The notice page compared a date of birth typed by a visitor with the person's (by its keyed
   * index: nothing was decrypted); the event says whether they matched by the action that follows.
   */
  CHECK_DATE_OF_BIRTH,
  /** The notice page showed the person's notice to a visitor who gave its reference and date. */
  SHOW_NOTICE_PAGE,
  /** A visitor who opened the notice page confirmed having read the notice. */
  ACKNOWLEDGE_NOTICE_PAGE,
  /** A contact attempt (or the conclusion of a search) was recorded on a case; no values. */
  RECORD_CONTACT_ATTEMPT,
  /** The notes of a case's contact attempts were decrypted and handed to the actor. */
  READ_CONTACT_ATTEMPTS,
  /** The sealed values of one contact attempt were re-encrypted under the current data key. */
  RE_ENCRYPT_CONTACT_ATTEMPT,
  /** A call to the person was recorded on a case; no values. */
  RECORD_PHONE_CALL,
  /** A notice asked of a partner organisation was recorded on a case; no values. */
  RECORD_PARTNER_NOTICE,
  /** The sealed values of one call or partner notice were re-encrypted under the current key. */
  RE_ENCRYPT_DELIVERY_RECORD,
  /**
   * A supervisor's review of the diligent effort (the decision and its reason) was recorded on a
   * case; no values.
   */
  RECORD_DILIGENT_EFFORT_REVIEW,
  /** The reasons of a case's diligent-effort reviews were decrypted and handed to the actor. */
  READ_DILIGENT_EFFORT_REVIEWS,
  /** The reason of one diligent-effort review was re-encrypted under the current data key. */
  RE_ENCRYPT_DILIGENT_REVIEW,
  /**
   * A case's timeline (attempts, notices, decisions, with their notes and sealed values) was
   * decrypted and shown to the actor in the case view.
   */
  READ_CASE_TIMELINE,
  /**
   * A case's proof of notice (every notice and answer with channels, states, times, identifiers and
   * hashes; no address, name or note) was given to the actor.
   */
  READ_NOTICE_EVIDENCE,
  /**
   * A reply or acknowledgment from the person (how, when, whether it acknowledges the notice) was
   * recorded on a case; no values.
   */
  RECORD_INCOMING_REPLY,
  /** A custody review's decision (and its grounds) was recorded on a case; no values. */
  RECORD_CUSTODY_REVIEW,
  /** A detained person's release was recorded on a case (the day only). */
  RECORD_CUSTODY_RELEASE,
  /** The grounds of one custody review were re-encrypted under the current data key. */
  RE_ENCRYPT_CUSTODY_REVIEW,
  /**
   * A removal the removal office reported was checked against the person's holds (the person was
   * found by the A-number's keyed index; nothing was decrypted).
   */
  CHECK_REMOVAL_MANIFEST,
  /** The audit trail, filtered, was exported as CSV (by an administrator, for oversight). */
  EXPORT_AUDIT_TRAIL,
  /**
   * Every person was counted for published statistics; their nationality or detention facility was
   * decrypted when the table counts by it. The event names the table, no person.
   */
  TALLY_PEOPLE,
  /** An attempt to stop a removal scheduled during the hold was recorded on a case; no values. */
  RECORD_REMOVAL_STOP,
  /** Who was reached and what was said in a task's attempts to stop a removal were decrypted. */
  READ_REMOVAL_STOPS,
  /** The sealed values of one attempt to stop a removal were re-encrypted under the current key. */
  RE_ENCRYPT_REMOVAL_STOP,
  /**
   * A legal consultation offered to the person, or scheduled, was recorded on a case; no values.
   */
  RECORD_CONSULTATION,
  /** The notice filed with the immigration court was recorded on a case; no values. */
  RECORD_COURT_FILING,
  /**
   * The sealed values of one consultation or court filing were re-encrypted under the current key.
   */
  RE_ENCRYPT_COURT_RECORD,
  /**
   * A step of return travel (the wish, the travel document or parole, the booking, the arrival) was
   * recorded on a case; no values.
   */
  RECORD_RETURN_TRAVEL,
  /** The sealed values of one return-travel record were re-encrypted under the current key. */
  RE_ENCRYPT_TRAVEL_RECORD,
  /** One printed letter's PDF was re-encrypted under the current key; nothing of it was shown. */
  RE_ENCRYPT_LETTER,
  /**
   * A supervisor gave a failed step of a case's process another try (the reason names the engine's
   * job); no values were read.
   */
  RETRY_FAILED_JOB,
  /** A supervisor gave an open task of a case to a member of its team; no values were read. */
  REASSIGN_TASK,
  /** A supervisor released the claim on an open task of a case; no values were read. */
  RELEASE_TASK,
  /** A supervisor made an open task of a case due at another time; no values were read. */
  CHANGE_TASK_DUE,
  /**
   * The retention job erased the personal data of a case closed longer than the retention period
   * (the person's record, the case's records and documents); no values were read.
   */
  ERASE_CASE_RECORDS,
  /**
   * A supervisor or administrator kept a case past the retention period (the reason names why); no
   * values were read.
   */
  PLACE_RETENTION_HOLD,
  /** A supervisor or administrator lifted the hold that kept a case; no values were read. */
  LIFT_RETENTION_HOLD
}
