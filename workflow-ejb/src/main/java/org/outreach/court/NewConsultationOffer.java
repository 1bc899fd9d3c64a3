package org.outreach.court;

import java.time.LocalDate;

/**
 * What a caseworker records of a consultation offered to the person.
 *
 * @param counselName the lawyer or accredited representative who would hold it; kept encrypted
 * @param counselOrganisation their firm or organisation; kept encrypted
 * @param offeredOn the day the consultation was offered to the person
 * @param outcome whether the person accepted it
 * @param note free text, if any; kept encrypted
 */
public record NewConsultationOffer(
    String counselName,
    String counselOrganisation,
    LocalDate offeredOn,
    ConsultationOutcome outcome,
    String note) {

  @Override
  public String toString() {
    return "NewConsultationOffer[" + outcome + "]";
  }
}
