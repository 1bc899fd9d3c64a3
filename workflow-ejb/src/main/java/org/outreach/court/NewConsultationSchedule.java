package org.outreach.court;

import java.time.OffsetDateTime;

/**
 * What a caseworker records of a consultation scheduled with counsel.
 *
 * @param counselName who holds the consultation; kept encrypted
 * @param counselOrganisation their firm or organisation; kept encrypted
 * @param scheduledAt when it is held
 * @param place in person or remote
 * @param address where, for a consultation in person only; kept encrypted
 * @param note who else takes part, an interpreter, anything counsel asked for; optional, kept
 *     encrypted
 */
public record NewConsultationSchedule(
    String counselName,
    String counselOrganisation,
    OffsetDateTime scheduledAt,
    ConsultationPlace place,
    String address,
    String note) {

  @Override
  public String toString() {
    return "NewConsultationSchedule[" + place + "]";
  }
}
