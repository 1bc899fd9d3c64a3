package org.outreach.notice.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;

/**
 * A case's email notices on its timeline: channel, state, tries, when the relay accepted it and why
 * it failed, as the outbox classed it. No address and no text: neither is on the row.
 */
@ApplicationScoped
public class EmailTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    return entityManager
        .createNamedQuery("EmailNotice.findByCase", EmailNotice.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(EmailNotice::timeline)
        .toList();
  }
}
