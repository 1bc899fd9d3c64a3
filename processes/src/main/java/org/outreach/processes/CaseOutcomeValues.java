package org.outreach.processes;

import java.util.List;

/** How a case ends: the values of {@link ProcessVariables#VAR_OUTCOME}. */
public final class CaseOutcomeValues {

  public static final String NOTIFIED_ACKNOWLEDGED = "NOTIFIED_ACKNOWLEDGED";
  public static final String LEGAL_HELP_TAKEN = "LEGAL_HELP_TAKEN";
  public static final String RELEASED = "RELEASED";
  public static final String RETURNED = "RETURNED";
  public static final String DECLINED = "DECLINED";
  public static final String UNREACHABLE = "UNREACHABLE";

  public static final List<String> ALL =
      List.of(NOTIFIED_ACKNOWLEDGED, LEGAL_HELP_TAKEN, RELEASED, RETURNED, DECLINED, UNREACHABLE);

  private CaseOutcomeValues() {}
}
