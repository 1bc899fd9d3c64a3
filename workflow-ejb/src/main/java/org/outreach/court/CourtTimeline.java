package org.outreach.court;

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
 * The consultations offered and scheduled and the notices filed with the court on a case's
 * timeline, sealed values decrypted. The reader's access was checked and audited by the case view
 * before this is called.
 */
@ApplicationScoped
public class CourtTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    entityManager
        .createQuery("SELECT r FROM Consultation r WHERE r.caseId = :caseId", Consultation.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(row -> entries.add(row.timeline(cipher)));
    entityManager
        .createNamedQuery("ConsultationHeld.ofCase", ConsultationHeld.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(row -> entries.add(row.timeline()));
    entityManager
        .createQuery("SELECT r FROM CourtFiling r WHERE r.caseId = :caseId", CourtFiling.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(row -> entries.add(row.timeline(cipher)));
    return entries;
  }
}
