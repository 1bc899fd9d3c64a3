package org.outreach.notice.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * The texts of the case's notice emails, kept in the mail outbox until erased; the rows keep their
 * status, which the funnel counts.
 */
@ApplicationScoped
public class EmailNoticePersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofCase(
            Erasure.DETAILS,
            "email-texts",
            "UPDATE outbox_message SET body = NULL WHERE body IS NOT NULL AND id IN"
                + " (SELECT id FROM email_notice WHERE case_id = ?1)"));
  }
}
