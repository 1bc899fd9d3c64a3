package org.outreach.processes;

/**
 * Names inside {@code outreach.bpmn}. Delegates, tests and the console refer to the model only
 * through these constants, so a renamed element breaks the build instead of production.
 */
public final class OutreachProcess {

  public static final String PROCESS_KEY = "outreach";
  public static final String RESOURCE = "outreach.bpmn";

  public static final String START_CASE_OPENED = "StartEvent_CaseOpened";
  public static final String TASK_RECORD_CASE_OPENED = "Task_RecordCaseOpened";
  public static final String TASK_REVIEW_CASE = "Task_ReviewCase";
  public static final String END_CASE_REVIEWED = "EndEvent_CaseReviewed";

  /** Bean name of the delegate behind {@link #TASK_RECORD_CASE_OPENED}. */
  public static final String DELEGATE_RECORD_CASE_OPENED = "recordCaseOpenedDelegate";

  /** Sets the fact variables of {@link ProcessVariables} from the registry. */
  public static final String DELEGATE_LOAD_CASE_FACTS = "loadCaseFactsDelegate";

  /** Stores priority and reason on the case, after the case-priority decision. */
  public static final String DELEGATE_RECORD_CASE_PRIORITY = "recordCasePriorityDelegate";

  public static final String DELEGATE_PLACE_REMOVAL_HOLD = "placeRemovalHoldDelegate";
  public static final String DELEGATE_END_REMOVAL_HOLD = "endRemovalHoldDelegate";
  public static final String DELEGATE_FLAG_REMOVAL_DURING_HOLD = "flagRemovalDuringHoldDelegate";
  public static final String DELEGATE_CLOSE_CASE = "closeCaseDelegate";

  /**
   * Fired by the non-interrupting boundary timer on every user task of every process: notifies the
   * supervisors and raises the task's priority.
   */
  public static final String DELEGATE_ESCALATE_OVERDUE_TASK = "escalateOverdueTaskDelegate";

  /** Supervisors stop a removal scheduled while the hold is in place; no outcome variable. */
  public static final String TASK_STOP_SCHEDULED_REMOVAL = "Task_StopScheduledRemoval";

  /** Candidate group of {@link #TASK_REVIEW_CASE}. */
  public static final String GROUP_CASEWORKERS = "caseworkers";

  /** The only process variable: the id of the outreach case. Never personal data. */
  public static final String VAR_CASE_ID = "caseId";

  private OutreachProcess() {}
}
