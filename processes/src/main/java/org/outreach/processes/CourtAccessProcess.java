package org.outreach.processes;

import java.util.Set;

/**
 * Names inside {@code court-access.bpmn}: consultation with counsel and the notice to the court.
 */
public final class CourtAccessProcess {

  public static final String PROCESS_KEY = "court-access";
  public static final String RESOURCE = "court-access.bpmn";

  /** Sets {@link ProcessVariables#VAR_COURT_FILING_DEADLINE} and the reminder date. */
  public static final String DELEGATE_COMPUTE_COURT_DEADLINES = "computeCourtDeadlinesDelegate";

  public static final String DELEGATE_SEND_DEADLINE_REMINDER = "sendDeadlineReminderDelegate";
  public static final String DELEGATE_RECORD_COURT_NOTICE_FILED = "recordCourtNoticeFiledDelegate";

  /** Offered to {@link Teams#LEGAL_ACCESS}. */
  public static final String TASK_OFFER_CONSULTATION = "Task_OfferConsultation";

  public static final String VAR_CONSULTATION_OUTCOME = "consultationOutcome";
  public static final String CONSULTATION_ACCEPTED = "ACCEPTED";
  public static final String CONSULTATION_DECLINED = "DECLINED";
  public static final Set<String> CONSULTATION_OUTCOMES =
      OrderedValues.of(CONSULTATION_ACCEPTED, CONSULTATION_DECLINED);

  /** Offered to {@link Teams#LEGAL_ACCESS}; no outcome. */
  public static final String TASK_SCHEDULE_CONSULTATION = "Task_ScheduleConsultation";

  /** Offered to {@link Teams#LEGAL_ACCESS}; no outcome. */
  public static final String TASK_FILE_COURT_NOTICE = "Task_FileCourtNotice";

  private CourtAccessProcess() {}
}
