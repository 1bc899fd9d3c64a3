package org.outreach.processes;

/**
 * Names inside {@code court-access.bpmn}: a legal consultation and a notice filed with the
 * immigration court, with deadlines counted from the date the notice was proven.
 */
public final class CourtAccessProcess {

  public static final String PROCESS_KEY = "court-access";
  public static final String RESOURCE = "court-access.bpmn";

  public static final String START_COURT_ACCESS_OFFERED = "StartEvent_CourtAccessOffered";
  public static final String TASK_COMPUTE_COURT_DEADLINES = "Task_ComputeCourtDeadlines";
  public static final String TASK_OFFER_CONSULTATION = "Task_OfferConsultation";
  public static final String TIMER_OFFER_CONSULTATION_OVERDUE = "Timer_OfferConsultationOverdue";
  public static final String GATEWAY_CONSULTATION_ACCEPTED = "Gateway_ConsultationAccepted";
  public static final String END_CONSULTATION_DECLINED = "EndEvent_ConsultationDeclined";
  public static final String TASK_SCHEDULE_CONSULTATION = "Task_ScheduleConsultation";
  public static final String TIMER_SCHEDULE_CONSULTATION_OVERDUE =
      "Timer_ScheduleConsultationOverdue";
  public static final String TASK_FILE_COURT_NOTICE = "Task_FileCourtNotice";

  /** Non-interrupting, at {@code courtFilingReminderAt}. */
  public static final String TIMER_FILING_REMINDER = "Timer_FilingReminder";

  public static final String TASK_SEND_DEADLINE_REMINDER = "Task_SendDeadlineReminder";

  /** Non-interrupting, at {@code courtFilingDeadline}: the filing is overdue. */
  public static final String TIMER_FILE_COURT_NOTICE_OVERDUE = "Timer_FileCourtNoticeOverdue";

  public static final String TASK_RECORD_COURT_NOTICE_FILED = "Task_RecordCourtNoticeFiled";
  public static final String END_COURT_NOTICE_FILED = "EndEvent_CourtNoticeFiled";

  public static final String DELEGATE_COMPUTE_COURT_DEADLINES = "computeCourtDeadlinesDelegate";
  public static final String DELEGATE_SEND_DEADLINE_REMINDER = "sendDeadlineReminderDelegate";
  public static final String DELEGATE_RECORD_COURT_NOTICE_FILED = "recordCourtNoticeFiledDelegate";

  /**
   * Outcome of {@link #TASK_OFFER_CONSULTATION} in {@link
   * ProcessVariables#VAR_CONSULTATION_OUTCOME}.
   */
  public static final String CONSULTATION_ACCEPTED = "ACCEPTED";

  public static final String CONSULTATION_DECLINED = "DECLINED";

  public static final String DUE_OFFER_CONSULTATION = "P5D";
  public static final String DUE_SCHEDULE_CONSULTATION = "P5D";

  private CourtAccessProcess() {}
}
