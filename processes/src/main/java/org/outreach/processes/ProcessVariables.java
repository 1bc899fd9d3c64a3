package org.outreach.processes;

/**
 * Names of the variables the campaign's processes share. Every value is an id, an enum name, a
 * flag, an integer or a date, never personal data.
 */
public final class ProcessVariables {

  /** String (UUID): the case; also the business key of every process instance of the case. */
  public static final String VAR_CASE_ID = "caseId";

  /** String, one of {@link CustodyStatusValues}. */
  public static final String VAR_CUSTODY_STATUS = "custodyStatus";

  public static final String VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE = "removedAfterLeakBeforeNotice";
  public static final String VAR_DISCLOSED_TO_GOVERNMENT = "disclosedToGovernment";
  public static final String VAR_HAS_SAFE_EMAIL = "hasSafeEmail";
  public static final String VAR_HAS_SAFE_POSTAL_ADDRESS = "hasSafePostalAddress";
  public static final String VAR_HAS_SAFE_PHONE = "hasSafePhone";
  public static final String VAR_HAS_ATTORNEY = "hasAttorney";
  public static final String VAR_HAS_PARTNER_ORGANISATION = "hasPartnerOrganisation";

  /** String, ISO 639-1 code, or null when no language is known. */
  public static final String VAR_LANGUAGE = "language";

  /** Integer, 1 is the highest. */
  public static final String VAR_PRIORITY = "priority";

  public static final String VAR_PRIORITY_REASON = "priorityReason";

  /** String, ISO-8601 duration such as {@code P30D}. */
  public static final String VAR_REMOVAL_HOLD_PERIOD = "removalHoldPeriod";

  public static final String VAR_REMOVAL_HOLD_ACTIVE = "removalHoldActive";
  public static final String VAR_NOTICE_PROVEN = "noticeProven";

  /** Date. */
  public static final String VAR_NOTICE_PROVEN_AT = "noticeProvenAt";

  /** Date: {@link #VAR_NOTICE_PROVEN_AT} plus {@link #VAR_REMOVAL_HOLD_PERIOD}. */
  public static final String VAR_REMOVAL_HOLD_ENDS_AT = "removalHoldEndsAt";

  public static final String VAR_LOCATED = "located";

  /** String, one of {@link CaseOutcomeValues}. */
  public static final String VAR_OUTCOME = "outcome";

  /** String, the element of {@link #VAR_NOTICE_CHANNELS} a multi-instance step works on. */
  public static final String VAR_CHANNEL = "channel";

  /** List of String, from the notice-channels decision. */
  public static final String VAR_NOTICE_CHANNELS = "noticeChannels";

  /** Integer. */
  public static final String VAR_LOCATE_ATTEMPTS = "locateAttempts";

  /** Integer, default 5. */
  public static final String VAR_DILIGENT_EFFORT_ATTEMPTS = "diligentEffortAttempts";

  /** Date, payload of {@link ProcessMessages#REMOVAL_SCHEDULED}. */
  public static final String VAR_REMOVAL_SCHEDULED_FOR = "removalScheduledFor";

  /** Date: the notice must be filed with the court by then. */
  public static final String VAR_COURT_FILING_DEADLINE = "courtFilingDeadline";

  /** Date: when the legal-access team is reminded of the filing deadline. */
  public static final String VAR_COURT_FILING_REMINDER_AT = "courtFilingReminderAt";

  private ProcessVariables() {}
}
