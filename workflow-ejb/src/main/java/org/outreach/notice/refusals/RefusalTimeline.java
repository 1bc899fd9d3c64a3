package org.outreach.notice.refusals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;

/** A case's refused notices on its timeline: channel and the class of the recipient refused. */
@ApplicationScoped
public class RefusalTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    return entityManager
        .createNamedQuery("DispatchRefusal.findByCase", DispatchRefusal.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(DispatchRefusal::timeline)
        .toList();
  }
}
