package org.outreach.notice.letters;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * The rendered letters (name and address inside); each letter keeps its status, which the funnel
 * counts.
 */
@ApplicationScoped
public class LetterPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS,
            "letters",
            "DELETE FROM letter_document WHERE letter_id IN"
                + " (SELECT id FROM letter WHERE case_id = ?1)"));
  }
}
