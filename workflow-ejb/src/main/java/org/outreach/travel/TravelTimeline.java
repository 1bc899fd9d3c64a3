package org.outreach.travel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.privacy.FieldCipher;

/**
 * The steps of return travel on a case's timeline (the wish, the documents or parole, the booking,
 * the arrival), sealed values decrypted. The reader's access was checked and audited by the case
 * view before this is called.
 */
@ApplicationScoped
public class TravelTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    return entityManager
        .createQuery("SELECT r FROM TravelRecord r WHERE r.caseId = :caseId", TravelRecord.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .stream()
        .map(row -> row.timeline(cipher))
        .toList();
  }
}
