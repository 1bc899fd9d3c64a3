package org.outreach.notice.delivery;

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
 * The notice's delivery by people on a case's timeline: hand deliveries in custody, calls to the
 * person, notices asked of a partner and the person's replies, sealed values decrypted. The
 * reader's access was checked and audited by the case view before this is called.
 */
@ApplicationScoped
public class DeliveryTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    entityManager
        .createQuery("SELECT d FROM HandDelivery d WHERE d.caseId = :caseId", HandDelivery.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(delivery -> entries.add(delivery.timeline()));
    entityManager
        .createQuery("SELECT c FROM PhoneCall c WHERE c.caseId = :caseId", PhoneCall.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(call -> entries.add(call.timeline(cipher)));
    entityManager
        .createQuery("SELECT p FROM PartnerNotice p WHERE p.caseId = :caseId", PartnerNotice.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(notice -> entries.add(notice.timeline(cipher)));
    entityManager
        .createQuery("SELECT r FROM IncomingReply r WHERE r.caseId = :caseId", IncomingReply.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .forEach(reply -> entries.add(reply.timeline(cipher)));
    return entries;
  }
}
