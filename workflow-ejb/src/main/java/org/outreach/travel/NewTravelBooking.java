package org.outreach.travel;

import java.time.LocalDate;

/**
 * What a caseworker records of the travel booked.
 *
 * @param carrier the airline, bus company or other means; kept encrypted
 * @param departureOn the day of departure
 * @param from where the person leaves from; kept encrypted
 * @param to where the person arrives; kept encrypted
 * @param bookingReference the carrier's reference; kept encrypted
 * @param contact through whom the booking reached the person
 * @param note free text, if any; kept encrypted
 */
public record NewTravelBooking(
    String carrier,
    LocalDate departureOn,
    String from,
    String to,
    String bookingReference,
    NewTravelContact contact,
    String note) {

  @Override
  public String toString() {
    return "NewTravelBooking[" + departureOn + "]";
  }
}
