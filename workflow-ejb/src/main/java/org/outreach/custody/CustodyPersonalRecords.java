package org.outreach.custody;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/** Custody reviews (their grounds); the day of a release stays. */
@ApplicationScoped
public class CustodyPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS, "custody-reviews", "DELETE FROM custody_review WHERE case_id = ?1"));
  }
}
