package org.outreach.processes;

/** Names inside {@code custody-review.bpmn}: a supervisor reviews a detained person's custody. */
public final class CustodyReviewProcess {

  public static final String PROCESS_KEY = "custody-review";
  public static final String RESOURCE = "custody-review.bpmn";

  public static final String START_CUSTODY_REVIEW_REQUESTED = "StartEvent_CustodyReviewRequested";
  public static final String TASK_REVIEW_CUSTODY = "Task_ReviewCustody";
  public static final String TIMER_REVIEW_CUSTODY_OVERDUE = "Timer_ReviewCustodyOverdue";
  public static final String TASK_RECORD_CUSTODY_REVIEW = "Task_RecordCustodyReview";
  public static final String END_CUSTODY_REVIEWED = "EndEvent_CustodyReviewed";

  public static final String DELEGATE_RECORD_CUSTODY_REVIEW = "recordCustodyReviewDelegate";

  /**
   * Outcome of {@link #TASK_REVIEW_CUSTODY} in {@link ProcessVariables#VAR_CUSTODY_REVIEW_OUTCOME}.
   */
  public static final String REVIEW_RELEASE_REQUESTED = "RELEASE_REQUESTED";

  public static final String REVIEW_DETENTION_CONTINUES = "DETENTION_CONTINUES";
  public static final String REVIEW_TRANSFER_REQUESTED = "TRANSFER_REQUESTED";

  public static final String DUE_REVIEW_CUSTODY = "P7D";

  private CustodyReviewProcess() {}
}
