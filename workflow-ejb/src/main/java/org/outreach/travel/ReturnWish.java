package org.outreach.travel;

import org.outreach.processes.ReturnTravelProcess;

/** The person's answer, through counsel or a partner: what the return-travel process routes on. */
public enum ReturnWish {
  /** The person wishes to return: travel documents or parole come next. */
  WISHES_TO_RETURN(ReturnTravelProcess.RETURN_WISHES_TO_RETURN),
  /** The person stays where they are: return travel ends. */
  STAYS(ReturnTravelProcess.RETURN_STAYS),
  /** Neither counsel nor the partner could reach the person: return travel ends. */
  NO_CONTACT(ReturnTravelProcess.RETURN_NO_CONTACT);

  private final String processValue;

  ReturnWish(String processValue) {
    this.processValue = processValue;
  }

  /** The value of the process variable the gateway reads. */
  public String processValue() {
    return processValue;
  }
}
