package org.outreach.hold;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/** Removal stops (who was reached, notes); reported removal dates stay. */
@ApplicationScoped
public class HoldPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS, "removal-stops", "DELETE FROM removal_stop WHERE case_id = ?1"));
  }
}
