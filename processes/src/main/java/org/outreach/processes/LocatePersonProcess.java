package org.outreach.processes;

/** Names inside {@code locate-person.bpmn}: find a safe way to reach one person. */
public final class LocatePersonProcess {

  public static final String PROCESS_KEY = "locate-person";
  public static final String RESOURCE = "locate-person.bpmn";

  public static final String START_LOCATE_REQUESTED = "StartEvent_LocateRequested";

  /** After a notice failed the lookup would only repeat itself: go straight to a caseworker. */
  public static final String GATEWAY_NOTICE_FAILED_BEFORE = "Gateway_NoticeFailedBefore";

  public static final String TASK_LOOKUP_WHEREABOUTS = "Task_LookupWhereabouts";
  public static final String GATEWAY_FOUND_BY_LOOKUP = "Gateway_FoundByLookup";
  public static final String END_LOCATED = "EndEvent_Located";
  public static final String TASK_RECORD_LOCATE_ATTEMPT = "Task_RecordLocateAttempt";
  public static final String GATEWAY_DILIGENT_EFFORT_REACHED = "Gateway_DiligentEffortReached";
  public static final String TASK_LOCATE_PERSON = "Task_LocatePerson";
  public static final String TIMER_LOCATE_PERSON_OVERDUE = "Timer_LocatePersonOverdue";
  public static final String GATEWAY_LOCATE_OUTCOME = "Gateway_LocateOutcome";
  public static final String TASK_LOAD_FOUND_FACTS = "Task_LoadFoundFacts";
  public static final String TIMER_NEXT_ATTEMPT = "Timer_NextAttempt";
  public static final String TASK_REVIEW_DILIGENT_EFFORT = "Task_ReviewDiligentEffort";
  public static final String TIMER_REVIEW_DILIGENT_EFFORT_OVERDUE =
      "Timer_ReviewDiligentEffortOverdue";
  public static final String GATEWAY_DILIGENT_EFFORT_DECISION = "Gateway_DiligentEffortDecision";
  public static final String END_UNREACHABLE = "EndEvent_Unreachable";

  public static final String DELEGATE_LOOKUP_WHEREABOUTS = "lookupWhereaboutsDelegate";
  public static final String DELEGATE_RECORD_LOCATE_ATTEMPT = "recordLocateAttemptDelegate";
  public static final String DELEGATE_LOAD_CASE_FACTS = OutreachProcess.DELEGATE_LOAD_CASE_FACTS;

  /** Outcome of {@link #TASK_LOCATE_PERSON} in {@link ProcessVariables#VAR_LOCATE_OUTCOME}. */
  public static final String LOCATE_FOUND = "FOUND";

  public static final String LOCATE_NOT_FOUND = "NOT_FOUND";

  /**
   * Outcome of {@link #TASK_REVIEW_DILIGENT_EFFORT} in {@link
   * ProcessVariables#VAR_DILIGENT_EFFORT_DECISION}.
   */
  public static final String DILIGENT_EFFORT_CONTINUE_SEARCH = "CONTINUE_SEARCH";

  public static final String DILIGENT_EFFORT_UNREACHABLE = "UNREACHABLE";

  public static final String DUE_LOCATE_PERSON = "P3D";
  public static final String DUE_REVIEW_DILIGENT_EFFORT = "P3D";
  public static final String WAIT_BETWEEN_ATTEMPTS = "P3D";

  private LocatePersonProcess() {}
}
