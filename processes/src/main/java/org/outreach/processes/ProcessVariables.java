package org.outreach.processes;

import java.util.List;

/**
 * Names of the process variables the processes share. Values are ids, enums (as String), flags,
 * integers and dates only, never personal data.
 */
public final class ProcessVariables {

  /** String (UUID), set at start; also the business key of every instance. */
  public static final String VAR_CASE_ID = "caseId";

  /** String, one of {@link CustodyStatusValues}; loadCaseFactsDelegate, message payload. */
  public static final String VAR_CUSTODY_STATUS = "custodyStatus";

  public static final String VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE = "removedAfterLeakBeforeNotice";
  public static final String VAR_DISCLOSED_TO_GOVERNMENT = "disclosedToGovernment";
  public static final String VAR_HAS_SAFE_EMAIL = "hasSafeEmail";
  public static final String VAR_HAS_SAFE_POSTAL_ADDRESS = "hasSafePostalAddress";
  public static final String VAR_HAS_SAFE_PHONE = "hasSafePhone";
  public static final String VAR_HAS_ATTORNEY = "hasAttorney";
  public static final String VAR_HAS_PARTNER_ORGANISATION = "hasPartnerOrganisation";

  /** ISO 639-1 code or null. */
  public static final String VAR_LANGUAGE = "language";

  /** Integer, 1 is the highest; from case-priority. */
  public static final String VAR_PRIORITY = "priority";

  /** String; from case-priority. */
  public static final String VAR_PRIORITY_REASON = "priorityReason";

  /** String, ISO-8601 duration, default "P30D"; loadCaseFactsDelegate (from configuration). */
  public static final String VAR_REMOVAL_HOLD_PERIOD = "removalHoldPeriod";

  /** Boolean; placeRemovalHoldDelegate (true), endRemovalHoldDelegate (false). */
  public static final String VAR_REMOVAL_HOLD_ACTIVE = "removalHoldActive";

  /** Boolean; false when deliver-notice starts, true by recordNoticeProvenDelegate. */
  public static final String VAR_NOTICE_PROVEN = "noticeProven";

  /** Date; recordNoticeProvenDelegate. */
  public static final String VAR_NOTICE_PROVEN_AT = "noticeProvenAt";

  /** Date = noticeProvenAt + removalHoldPeriod; recordNoticeProvenDelegate. */
  public static final String VAR_REMOVAL_HOLD_ENDS_AT = "removalHoldEndsAt";

  /** Boolean; lookupWhereaboutsDelegate. */
  public static final String VAR_LOCATED = "located";

  /** String, one of {@link CaseOutcomeValues}; read by closeCaseDelegate. */
  public static final String VAR_OUTCOME = "outcome";

  /** String, the channel of the current delivery attempt (see {@link NoticeChannelsDecision}). */
  public static final String VAR_CHANNEL = "channel";

  /** List of String, the channels from notice-channels, in the order they are tried. */
  public static final String VAR_NOTICE_CHANNELS = "noticeChannels";

  /** Integer; recordLocateAttemptDelegate counts it up, across every search for the person. */
  public static final String VAR_LOCATE_ATTEMPTS = "locateAttempts";

  /** Integer, default 5; loadCaseFactsDelegate (from configuration). */
  public static final String VAR_DILIGENT_EFFORT_ATTEMPTS = "diligentEffortAttempts";

  /** Date; payload of {@link ProcessMessages#REMOVAL_SCHEDULED}. */
  public static final String VAR_REMOVAL_SCHEDULED_FOR = "removalScheduledFor";

  /** Date; computeCourtDeadlinesDelegate (noticeProvenAt + P30D, configurable). */
  public static final String VAR_COURT_FILING_DEADLINE = "courtFilingDeadline";

  /** Date; computeCourtDeadlinesDelegate (courtFilingDeadline - P7D). */
  public static final String VAR_COURT_FILING_REMINDER_AT = "courtFilingReminderAt";

  /**
   * String, local to the escalation step behind a user task's overdue timer: the id of the overdue
   * task (e.g. {@code Task_LocatePerson}), read by escalateOverdueTaskDelegate.
   */
  public static final String VAR_OVERDUE_TASK = "overdueTask";

  // task outcome variables, see TaskOutcomes
  public static final String VAR_LOCATE_OUTCOME = "locateOutcome";
  public static final String VAR_DILIGENT_EFFORT_DECISION = "diligentEffortDecision";
  public static final String VAR_DELIVERY_OUTCOME = "deliveryOutcome";
  public static final String VAR_CUSTODY_REVIEW_OUTCOME = "custodyReviewOutcome";
  public static final String VAR_CONSULTATION_OUTCOME = "consultationOutcome";
  public static final String VAR_RETURN_WISH = "returnWish";
  public static final String VAR_ARRIVAL_OUTCOME = "arrivalOutcome";

  /**
   * What loadCaseFactsDelegate sets. A call activity that re-runs it passes every one of them back
   * to the caller.
   */
  public static final List<String> CASE_FACTS =
      List.of(
          VAR_CUSTODY_STATUS,
          VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE,
          VAR_DISCLOSED_TO_GOVERNMENT,
          VAR_HAS_SAFE_EMAIL,
          VAR_HAS_SAFE_POSTAL_ADDRESS,
          VAR_HAS_SAFE_PHONE,
          VAR_HAS_ATTORNEY,
          VAR_HAS_PARTNER_ORGANISATION,
          VAR_LANGUAGE,
          VAR_REMOVAL_HOLD_PERIOD,
          VAR_DILIGENT_EFFORT_ATTEMPTS);

  private ProcessVariables() {}
}
