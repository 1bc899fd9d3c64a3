package org.outreach.travel;

import java.time.LocalDate;

/**
 * What a caseworker records of the travel document or parole arranged.
 *
 * @param kind a travel document or parole
 * @param issuedBy the authority that issued it; kept encrypted
 * @param issuedOn the day it was issued
 * @param validUntil the last day it is valid, after the day issued
 * @param contact through whom it was arranged with the person
 * @param note free text, if any; kept encrypted
 */
public record NewTravelDocuments(
    TravelDocumentKind kind,
    String issuedBy,
    LocalDate issuedOn,
    LocalDate validUntil,
    NewTravelContact contact,
    String note) {

  @Override
  public String toString() {
    return "NewTravelDocuments[" + kind + "]";
  }
}
