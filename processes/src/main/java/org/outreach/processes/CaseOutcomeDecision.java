package org.outreach.processes;

/**
 * Names inside {@code case-outcome.dmn}: the outcome a case closes with once the notice is proven,
 * from what the follow-up processes recorded. Inputs are task outcomes, never personal data.
 */
public final class CaseOutcomeDecision {

  public static final String DECISION_KEY = "case-outcome";
  public static final String RESOURCE = "case-outcome.dmn";

  public static final String INPUT_CUSTODY_REVIEW_OUTCOME =
      ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME;
  public static final String INPUT_CONSULTATION_OUTCOME = ProcessVariables.VAR_CONSULTATION_OUTCOME;
  public static final String INPUT_RETURN_WISH = ProcessVariables.VAR_RETURN_WISH;
  public static final String INPUT_ARRIVAL_OUTCOME = ProcessVariables.VAR_ARRIVAL_OUTCOME;

  /** One of {@link CaseOutcomeValues}. */
  public static final String OUTPUT_OUTCOME = ProcessVariables.VAR_OUTCOME;

  private CaseOutcomeDecision() {}
}
