package org.outreach.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.privacy.FieldCipher;

/**
 * The attempts to stop a removal scheduled during the hold on a case's timeline, who was reached
 * and what was said decrypted. The reader's access was checked and audited by the case view before
 * this is called.
 */
@ApplicationScoped
public class HoldTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    entityManager
        .createQuery("SELECT r FROM RemovalStop r WHERE r.caseId = :caseId", RemovalStop.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(row -> entries.add(row.timeline(cipher)));
    return entries;
  }
}
