package org.outreach.custody;

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
 * The custody reviews of a case on its timeline, grounds decrypted, and the person's release. The
 * reader's access was checked and audited by the case view before this is called.
 */
@ApplicationScoped
public class CustodyTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    entityManager
        .createQuery("SELECT r FROM CustodyReview r WHERE r.caseId = :caseId", CustodyReview.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(row -> entries.add(row.timeline(cipher)));
    CustodyRelease release = entityManager.find(CustodyRelease.class, caseId);
    if (release != null) {
      entries.add(release.timeline());
    }
    return entries;
  }
}
