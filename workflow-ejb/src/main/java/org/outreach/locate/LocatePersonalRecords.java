package org.outreach.locate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * Contact attempts (where the person was looked for, with notes) and the reviews of the effort; the
 * day the person was located stays.
 */
@ApplicationScoped
public class LocatePersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS, "contact-attempts", "DELETE FROM contact_attempt WHERE case_id = ?1"),
        Erasure.ofCase(
            Erasure.DETAILS,
            "diligent-effort-reviews",
            "DELETE FROM diligent_effort_review WHERE case_id = ?1"));
  }
}
