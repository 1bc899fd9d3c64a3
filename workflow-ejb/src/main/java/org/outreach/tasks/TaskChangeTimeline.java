package org.outreach.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/**
 * What supervisors changed on a case's open tasks, on its timeline: the task, who held it before
 * and after, the new due time. Usernames and times only.
 */
@ApplicationScoped
public class TaskChangeTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (TaskChange change :
        entityManager
            .createNamedQuery("TaskChange.findByCase", TaskChange.class)
            .setParameter("caseId", caseId)
            .getResultList()) {
      List<Fact> facts = new ArrayList<>();
      facts.add(Fact.key("task", "task." + change.taskKey() + ".name"));
      switch (change.kind()) {
        case REASSIGNED -> {
          if (change.holderBefore() != null) {
            facts.add(Fact.value("heldBefore", change.holderBefore()));
          }
          facts.add(Fact.value("givenTo", change.holderAfter()));
        }
        case RELEASED -> facts.add(Fact.value("heldBefore", change.holderBefore()));
        case DUE_CHANGED -> facts.add(Fact.moment("dueAt", change.dueAfter()));
      }
      entries.add(
          new TimelineEntry(
              change.changedAt(), "taskChange." + change.kind().name(), change.changedBy(), facts));
    }
    return entries;
  }
}
