package org.outreach.notice.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * Calls and partner notices go; replies keep whether they acknowledged the notice (the funnel
 * counts it) without their notes; a hand delivery keeps its outcome and lets go of its receipt,
 * which the documents erase.
 */
@ApplicationScoped
public class DeliveryPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(Erasure.DETAILS, "phone-calls", "DELETE FROM phone_call WHERE case_id = ?1"),
        Erasure.ofCase(
            Erasure.DETAILS, "partner-notices", "DELETE FROM partner_notice WHERE case_id = ?1"),
        Erasure.ofCase(
            Erasure.DETAILS,
            "reply-notes",
            "UPDATE incoming_reply SET note = NULL, key_id = NULL"
                + " WHERE case_id = ?1 AND note IS NOT NULL"),
        Erasure.ofCase(
            Erasure.DETAILS,
            null,
            "UPDATE hand_delivery SET receipt_document_id = NULL WHERE case_id = ?1"));
  }
}
