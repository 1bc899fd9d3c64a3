package org.outreach.travel;

import java.time.LocalDate;

/**
 * What a caseworker records of the person's arrival.
 *
 * @param outcome arrived or did not travel
 * @param on the day the person arrived; if they did not travel, the day that was confirmed
 * @param contact through whom it was confirmed
 * @param note free text, if any; kept encrypted
 */
public record NewArrival(
    ArrivalOutcome outcome, LocalDate on, NewTravelContact contact, String note) {

  @Override
  public String toString() {
    return "NewArrival[" + outcome + "]";
  }
}
