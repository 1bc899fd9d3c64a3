package org.outreach.notice.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.privacy.FieldCipher;
import org.outreach.registry.DataProtection;

/**
 * A data-key rotation's pass over the delivery records that hold sealed values: every call (number
 * and note) and every partner notice (the partner's name) under another key than the current one is
 * re-sealed under it, a page of rows per transaction, each with one {@code
 * RE_ENCRYPT_DELIVERY_RECORD} event. Found by the key id column; running it again after a failure
 * carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class DeliveryReEncryption {

  private static final Logger LOG = Logger.getLogger(DeliveryReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many calls and partner notices there are, and how many it re-sealed. */
  public record Report(
      String currentKey,
      long calls,
      int callsReEncrypted,
      long partnerNotices,
      int partnerNoticesReEncrypted) {}

  /** Re-seals every call and partner notice not under the current key, one transaction per page. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    DeliveryReEncryption self = session.getBusinessObject(DeliveryReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int calls = 0;
    for (List<UUID> ids = self.callsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.callsNotUnder(currentKey)) {
      calls += self.reEncryptCalls(ids);
    }
    int notices = 0;
    for (List<UUID> ids = self.partnerNoticesNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.partnerNoticesNotUnder(currentKey)) {
      notices += self.reEncryptPartnerNotices(ids);
    }
    Report report =
        new Report(
            currentKey, self.count("PhoneCall"), calls, self.count("PartnerNotice"), notices);
    LOG.info(() -> "Delivery record re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of calls under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> callsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("PhoneCall.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Up to {@link #PAGE_SIZE} ids of partner notices under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> partnerNoticesNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("PartnerNotice.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the calls under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncryptCalls(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      PhoneCall call = entityManager.find(PhoneCall.class, id);
      if (call != null && call.reseal(cipher)) {
        reEncrypted++;
        audit(call.caseId());
      }
    }
    return reEncrypted;
  }

  /** Re-seals the partner notices under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncryptPartnerNotices(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      PartnerNotice notice = entityManager.find(PartnerNotice.class, id);
      if (notice != null && notice.reseal(cipher)) {
        reEncrypted++;
        audit(notice.caseId());
      }
    }
    return reEncrypted;
  }

  /** How many rows the entity has: {@code PhoneCall} or {@code PartnerNotice}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count(String entity) {
    String query =
        switch (entity) {
          case "PhoneCall" -> "SELECT COUNT(c) FROM PhoneCall c";
          case "PartnerNotice" -> "SELECT COUNT(n) FROM PartnerNotice n";
          default -> throw new IllegalArgumentException("Not a delivery record: " + entity);
        };
    return entityManager.createQuery(query, Long.class).getSingleResult();
  }

  private void audit(UUID caseId) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            session.getCallerPrincipal().getName(),
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RE_ENCRYPT_DELIVERY_RECORD,
            AccessPurpose.KEY_ROTATION,
            null));
  }
}
