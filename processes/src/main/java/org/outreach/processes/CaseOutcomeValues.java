package org.outreach.processes;

import java.util.List;

/** How an outreach case ends: the value of {@link ProcessVariables#VAR_OUTCOME}. */
public final class CaseOutcomeValues {

  /** Notice proven and nothing further taken up (no consultation outcome, no return). */
  public static final String NOTIFIED_ACKNOWLEDGED = "NOTIFIED_ACKNOWLEDGED";

  /** The person accepted a legal consultation. */
  public static final String LEGAL_HELP_TAKEN = "LEGAL_HELP_TAKEN";

  /** The custody review asked for the person's release. */
  public static final String RELEASED = "RELEASED";

  /** The person came back to the country. */
  public static final String RETURNED = "RETURNED";

  /** The person declined the consultation and did not ask to return. */
  public static final String DECLINED = "DECLINED";

  /** Not reached after diligent effort, confirmed by a supervisor. */
  public static final String UNREACHABLE = "UNREACHABLE";

  public static final List<String> ALL =
      List.of(NOTIFIED_ACKNOWLEDGED, LEGAL_HELP_TAKEN, RELEASED, RETURNED, DECLINED, UNREACHABLE);

  private CaseOutcomeValues() {}
}
