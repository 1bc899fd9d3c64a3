package org.outreach.cases;

/** How a case ended; the names match {@code org.outreach.processes.CaseOutcomeValues}. */
public enum CaseOutcome {
  NOTIFIED_ACKNOWLEDGED,
  LEGAL_HELP_TAKEN,
  RELEASED,
  RETURNED,
  DECLINED,
  UNREACHABLE
}
