package org.outreach.court;

import java.time.LocalDate;

/**
 * What a caseworker records of the notice filed with the immigration court (the filing itself is
 * uploaded beside it).
 *
 * @param court the immigration court it was filed with; kept encrypted
 * @param filedOn the day it was filed
 * @param confirmationNumber the court's confirmation of the filing: letters, digits and dashes;
 *     kept encrypted
 */
public record NewCourtFiling(String court, LocalDate filedOn, String confirmationNumber) {

  @Override
  public String toString() {
    return "NewCourtFiling[" + filedOn + "]";
  }
}
