package org.outreach.locate;

import org.outreach.processes.LocatePersonProcess;

/** What a supervisor decides on reviewing the diligent effort made to reach a person. */
public enum ReviewDecision {
  /** Not enough yet: caseworkers keep trying. */
  CONTINUE_SEARCH(LocatePersonProcess.DILIGENT_EFFORT_CONTINUE_SEARCH),
  /** Enough was tried through enough channels: the person is treated as unreachable. */
  UNREACHABLE(LocatePersonProcess.DILIGENT_EFFORT_UNREACHABLE);

  private final String processValue;

  ReviewDecision(String processValue) {
    this.processValue = processValue;
  }

  /** The value of the review task's outcome variable. */
  String processValue() {
    return processValue;
  }
}
