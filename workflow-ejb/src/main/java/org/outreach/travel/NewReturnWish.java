package org.outreach.travel;

import java.time.LocalDate;

/**
 * What a caseworker records of the person's wish to return.
 *
 * @param contact through whom the person was asked
 * @param reachedOn the day the answer came (for no contact: the day of the last attempt)
 * @param wish the answer
 * @param note free text, if any; kept encrypted
 */
public record NewReturnWish(
    NewTravelContact contact, LocalDate reachedOn, ReturnWish wish, String note) {

  @Override
  public String toString() {
    return "NewReturnWish[" + wish + "]";
  }
}
