package org.outreach.processes;

/**
 * Names inside {@code outreach.bpmn}, one instance per affected person. Delegates, tests and the
 * console refer to the model only through these constants, so a renamed element breaks the build
 * instead of production.
 */
public final class OutreachProcess {

  public static final String PROCESS_KEY = "outreach";
  public static final String RESOURCE = "outreach.bpmn";

  public static final String START_CASE_OPENED = "StartEvent_CaseOpened";
  public static final String TASK_RECORD_CASE_OPENED = "Task_RecordCaseOpened";
  public static final String TASK_LOAD_CASE_FACTS = "Task_LoadCaseFacts";
  public static final String TASK_DECIDE_CASE_PRIORITY = "Task_DecideCasePriority";
  public static final String TASK_RECORD_CASE_PRIORITY = "Task_RecordCasePriority";
  public static final String TASK_PLACE_REMOVAL_HOLD = "Task_PlaceRemovalHold";

  /**
   * Locate the person and deliver the notice, until the notice is proven or they are unreachable.
   */
  public static final String SUBPROCESS_REACH_PERSON = "SubProcess_ReachPerson";

  public static final String CALL_LOCATE_PERSON = "CallActivity_LocatePerson";
  public static final String GATEWAY_LOCATED = "Gateway_Located";
  public static final String END_PERSON_UNREACHABLE = "EndEvent_PersonUnreachable";
  public static final String CALL_DELIVER_NOTICE = "CallActivity_DeliverNotice";
  public static final String GATEWAY_NOTICE_PROVEN = "Gateway_NoticeProven";
  public static final String END_NOTICE_PROVEN = "EndEvent_NoticeProven";

  /** Interrupting message boundary on {@link #SUBPROCESS_REACH_PERSON}. */
  public static final String EVENT_CUSTODY_CHANGED_WHILE_REACHING =
      "Event_CustodyChangedWhileReaching";

  public static final String TASK_RELOAD_CASE_FACTS = "Task_ReloadCaseFacts";

  /**
   * Error boundary on {@link #SUBPROCESS_REACH_PERSON}, thrown by {@link #END_PERSON_UNREACHABLE}.
   */
  public static final String EVENT_PERSON_UNREACHABLE = "Event_PersonUnreachable";

  public static final String ERROR_PERSON_UNREACHABLE = "PERSON_UNREACHABLE";

  /** Sets {@code outcome} to {@link CaseOutcomeValues#UNREACHABLE}. */
  public static final String EVENT_OUTCOME_UNREACHABLE = "Event_OutcomeUnreachable";

  public static final String GATEWAY_SPLIT_AFTER_NOTICE = "Gateway_SplitAfterNotice";

  /** Waits until {@code removalHoldEndsAt}. */
  public static final String TIMER_REMOVAL_HOLD_ENDS = "Timer_RemovalHoldEnds";

  public static final String TASK_END_REMOVAL_HOLD = "Task_EndRemovalHold";
  public static final String CALL_COURT_ACCESS = "CallActivity_CourtAccess";

  /** Custody review for the detained, return travel for the removed. */
  public static final String SUBPROCESS_FOLLOW_UP = "SubProcess_FollowUp";

  public static final String GATEWAY_FOLLOW_UP_BY_CUSTODY = "Gateway_FollowUpByCustody";
  public static final String CALL_CUSTODY_REVIEW = "CallActivity_CustodyReview";
  public static final String CALL_RETURN_TRAVEL = "CallActivity_ReturnTravel";
  public static final String END_FOLLOW_UP_DONE = "EndEvent_FollowUpDone";

  /** Interrupting message boundary on {@link #SUBPROCESS_FOLLOW_UP}. */
  public static final String EVENT_CUSTODY_CHANGED_AFTER_NOTICE = "Event_CustodyChangedAfterNotice";

  public static final String TASK_RELOAD_CASE_FACTS_AFTER_NOTICE =
      "Task_ReloadCaseFactsAfterNotice";
  public static final String GATEWAY_JOIN_AFTER_NOTICE = "Gateway_JoinAfterNotice";
  public static final String TASK_DECIDE_CASE_OUTCOME = "Task_DecideCaseOutcome";
  public static final String TASK_CLOSE_CASE = "Task_CloseCase";
  public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";

  /** Non-interrupting message event subprocess. */
  public static final String SUBPROCESS_REMOVAL_SCHEDULED = "SubProcess_RemovalScheduled";

  public static final String START_REMOVAL_SCHEDULED = "StartEvent_RemovalScheduled";
  public static final String GATEWAY_REMOVAL_HOLD_ACTIVE = "Gateway_RemovalHoldActive";
  public static final String TASK_FLAG_REMOVAL_DURING_HOLD = "Task_FlagRemovalDuringHold";
  public static final String TASK_STOP_SCHEDULED_REMOVAL = "Task_StopScheduledRemoval";
  public static final String TIMER_STOP_SCHEDULED_REMOVAL_OVERDUE =
      "Timer_StopScheduledRemovalOverdue";
  public static final String TASK_ESCALATE_STOP_SCHEDULED_REMOVAL =
      "Task_EscalateStopScheduledRemoval";
  public static final String END_REMOVAL_STOPPED = "EndEvent_RemovalStopped";
  public static final String END_REMOVAL_OUTSIDE_HOLD = "EndEvent_RemovalOutsideHold";

  public static final String DELEGATE_RECORD_CASE_OPENED = "recordCaseOpenedDelegate";
  public static final String DELEGATE_LOAD_CASE_FACTS = "loadCaseFactsDelegate";
  public static final String DELEGATE_RECORD_CASE_PRIORITY = "recordCasePriorityDelegate";
  public static final String DELEGATE_PLACE_REMOVAL_HOLD = "placeRemovalHoldDelegate";
  public static final String DELEGATE_END_REMOVAL_HOLD = "endRemovalHoldDelegate";
  public static final String DELEGATE_FLAG_REMOVAL_DURING_HOLD = "flagRemovalDuringHoldDelegate";
  public static final String DELEGATE_CLOSE_CASE = "closeCaseDelegate";

  /**
   * Behind the non-interrupting overdue timer of every user task in every process; reads {@link
   * ProcessVariables#VAR_OVERDUE_TASK}.
   */
  public static final String DELEGATE_ESCALATE_OVERDUE_TASK = "escalateOverdueTaskDelegate";

  public static final String DUE_STOP_SCHEDULED_REMOVAL = "PT4H";

  /**
   * @deprecated the review task is gone; the first task a caseworker sees is locating.
   */
  @Deprecated public static final String TASK_REVIEW_CASE = LocatePersonProcess.TASK_LOCATE_PERSON;

  /**
   * @deprecated the caseworkers group is gone; see {@link Teams}.
   */
  @Deprecated public static final String GROUP_CASEWORKERS = Teams.LOCATE;

  /** Same as {@link ProcessVariables#VAR_CASE_ID}. */
  public static final String VAR_CASE_ID = ProcessVariables.VAR_CASE_ID;

  private OutreachProcess() {}
}
