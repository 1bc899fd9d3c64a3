package org.outreach.court;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * Court filings go; consultations keep their steps (the funnel counts them) without counsel,
 * address or note.
 */
@ApplicationScoped
public class CourtPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS, "court-filings", "DELETE FROM court_filing WHERE case_id = ?1"),
        Erasure.ofCase(
            Erasure.DETAILS,
            "consultations",
            "UPDATE consultation SET counsel_name = NULL, counsel_organisation = NULL,"
                + " address = NULL, note = NULL, key_id = NULL"
                + " WHERE case_id = ?1 AND key_id IS NOT NULL"));
  }
}
