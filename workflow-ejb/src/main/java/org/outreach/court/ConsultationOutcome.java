package org.outreach.court;

import org.outreach.processes.CourtAccessProcess;

/** The person's answer to the consultation offered: what the court-access process routes on. */
public enum ConsultationOutcome {
  /** The person wants the consultation: the process goes on to schedule it. */
  ACCEPTED(CourtAccessProcess.CONSULTATION_ACCEPTED),
  /** The person does not want it: court access ends here. */
  DECLINED(CourtAccessProcess.CONSULTATION_DECLINED);

  private final String processValue;

  ConsultationOutcome(String processValue) {
    this.processValue = processValue;
  }

  /** The value of the process variable the gateway reads. */
  public String processValue() {
    return processValue;
  }
}
