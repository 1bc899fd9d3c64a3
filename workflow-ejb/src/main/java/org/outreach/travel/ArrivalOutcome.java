package org.outreach.travel;

import org.outreach.processes.ReturnTravelProcess;

/** Whether the person arrived: what the return-travel process records as its end. */
public enum ArrivalOutcome {
  /** The person arrived. */
  ARRIVED(ReturnTravelProcess.ARRIVAL_ARRIVED),
  /** The person did not travel. */
  DID_NOT_TRAVEL(ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL);

  private final String processValue;

  ArrivalOutcome(String processValue) {
    this.processValue = processValue;
  }

  /** The value of the process variable the process ends with. */
  public String processValue() {
    return processValue;
  }
}
