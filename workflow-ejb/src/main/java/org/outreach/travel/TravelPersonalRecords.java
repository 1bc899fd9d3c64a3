package org.outreach.travel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/** Return travel steps (contacts, documents, bookings). */
@ApplicationScoped
public class TravelPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS,
            "return-travel-steps",
            "DELETE FROM return_travel_step WHERE case_id = ?1"));
  }
}
