package org.outreach.processes;

import java.util.Set;

/** Names inside {@code locate-person.bpmn}: finding a person whose safe contact is unknown. */
public final class LocatePersonProcess {

  public static final String PROCESS_KEY = "locate-person";
  public static final String RESOURCE = "locate-person.bpmn";

  public static final String DELEGATE_LOOKUP_WHEREABOUTS = "lookupWhereaboutsDelegate";
  public static final String DELEGATE_RECORD_LOCATE_ATTEMPT = "recordLocateAttemptDelegate";

  /** Offered to {@link Teams#LOCATE}. */
  public static final String TASK_LOCATE_PERSON = "Task_LocatePerson";

  public static final String VAR_LOCATE_OUTCOME = "locateOutcome";
  public static final String LOCATE_FOUND = "FOUND";
  public static final String LOCATE_NOT_FOUND = "NOT_FOUND";
  public static final Set<String> LOCATE_OUTCOMES =
      OrderedValues.of(LOCATE_FOUND, LOCATE_NOT_FOUND);

  /** Offered to {@link Teams#SUPERVISORS} once the diligent-effort attempts are used up. */
  public static final String TASK_REVIEW_DILIGENT_EFFORT = "Task_ReviewDiligentEffort";

  public static final String VAR_DILIGENT_EFFORT_DECISION = "diligentEffortDecision";
  public static final String DILIGENT_EFFORT_CONTINUE_SEARCH = "CONTINUE_SEARCH";
  public static final String DILIGENT_EFFORT_UNREACHABLE = "UNREACHABLE";
  public static final Set<String> DILIGENT_EFFORT_DECISIONS =
      OrderedValues.of(DILIGENT_EFFORT_CONTINUE_SEARCH, DILIGENT_EFFORT_UNREACHABLE);

  private LocatePersonProcess() {}
}
