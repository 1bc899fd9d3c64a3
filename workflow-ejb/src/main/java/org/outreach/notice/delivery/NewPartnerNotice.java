package org.outreach.notice.delivery;

import java.time.LocalDate;

/**
 * What a caseworker records of a notice asked of a partner organisation.
 *
 * @param partner the organisation, as one of the person's safe partner-organisation contact points
 *     names it on the task page
 * @param askedOn the day the partner was asked to deliver the notice
 * @param confirmedOn the day the partner's answer came; a confirmed delivery needs it
 */
public record NewPartnerNotice(
    PartnerOutcome outcome, String partner, LocalDate askedOn, LocalDate confirmedOn) {

  @Override
  public String toString() {
    return "NewPartnerNotice[" + outcome + "]";
  }
}
