package org.outreach.processes;

/**
 * Names inside {@code case-priority.dmn}: which affected people the campaign reaches first. Inputs
 * are a custody status (see {@link CustodyStatusValues}) and two flags, never personal data.
 */
public final class CasePriorityDecision {

  public static final String DECISION_KEY = "case-priority";
  public static final String RESOURCE = "case-priority.dmn";

  /** One of {@link CustodyStatusValues}. */
  public static final String INPUT_CUSTODY_STATUS = "custodyStatus";

  /** Whether the person was removed after the file was published and before being notified. */
  public static final String INPUT_REMOVED_AFTER_LEAK_BEFORE_NOTICE =
      "removedAfterLeakBeforeNotice";

  /** Whether the person's data also reached a government, e.g. through a removal-flight list. */
  public static final String INPUT_DISCLOSED_TO_GOVERNMENT = "disclosedToGovernment";

  /** Integer, 1 is the highest priority. */
  public static final String OUTPUT_PRIORITY = "priority";

  /** A short sentence a caseworker console can show beside the priority. */
  public static final String OUTPUT_PRIORITY_REASON = "priorityReason";

  private CasePriorityDecision() {}
}
