package org.outreach.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.audit.AuditEvent;

/** The case's own evidence trail ({@code case_event}) as timeline entries. */
@ApplicationScoped
public class CaseEventTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    return entityManager
        .createNamedQuery("CaseEvent.findByCase", CaseEvent.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(CaseEventTimeline::entry)
        .toList();
  }

  private static TimelineEntry entry(CaseEvent event) {
    List<TimelineEntry.Fact> facts = new ArrayList<>();
    if (event.channel() != null) {
      facts.add(TimelineEntry.Fact.key("channel", "channel." + event.channel().name()));
    }
    return new TimelineEntry(
        event.occurredAt(), "event." + event.kind().name(), AuditEvent.SYSTEM, facts);
  }
}
