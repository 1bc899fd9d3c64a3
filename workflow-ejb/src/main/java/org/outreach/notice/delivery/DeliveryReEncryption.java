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
 * and note), every partner notice (the partner's name) and every reply from the person (the note)
 * under another key than the current one is re-sealed under it, a page of rows per transaction,
 * each with one {@code RE_ENCRYPT_DELIVERY_RECORD} event. Found by the key id column; running it
 * again after a failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class DeliveryReEncryption {

  private static final Logger LOG = Logger.getLogger(DeliveryReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  /** The kinds of sealed delivery record, by entity. */
  public enum Kind {
    CALL(PhoneCall.class),
    PARTNER_NOTICE(PartnerNotice.class),
    REPLY(IncomingReply.class);

    private final Class<? extends SealedRecord> entity;

    Kind(Class<? extends SealedRecord> entity) {
      this.entity = entity;
    }

    String entityName() {
      return entity.getSimpleName();
    }
  }

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many records of each kind there are, and how many it re-sealed. */
  public record Report(
      String currentKey,
      long calls,
      int callsReEncrypted,
      long partnerNotices,
      int partnerNoticesReEncrypted,
      long replies,
      int repliesReEncrypted) {}

  /** Re-seals every delivery record not under the current key, one transaction per page. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    DeliveryReEncryption self = session.getBusinessObject(DeliveryReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int[] done = new int[Kind.values().length];
    for (Kind kind : Kind.values()) {
      for (List<UUID> ids = self.idsNotUnder(kind, currentKey);
          !ids.isEmpty();
          ids = self.idsNotUnder(kind, currentKey)) {
        done[kind.ordinal()] += self.reEncrypt(kind, ids);
      }
    }
    Report report =
        new Report(
            currentKey,
            self.count(Kind.CALL),
            done[Kind.CALL.ordinal()],
            self.count(Kind.PARTNER_NOTICE),
            done[Kind.PARTNER_NOTICE.ordinal()],
            self.count(Kind.REPLY),
            done[Kind.REPLY.ordinal()]);
    LOG.info(() -> "Delivery record re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of records of the kind under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> idsNotUnder(Kind kind, String keyId) {
    return entityManager
        .createNamedQuery(kind.entityName() + ".idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the records under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncrypt(Kind kind, List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      SealedRecord record = entityManager.find(kind.entity, id);
      if (record != null && record.reseal(cipher)) {
        reEncrypted++;
        audit(record.caseId());
      }
    }
    return reEncrypted;
  }

  /** How many records of the kind there are. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count(Kind kind) {
    return entityManager
        .createQuery("SELECT COUNT(r) FROM " + kind.entityName() + " r", Long.class)
        .getSingleResult();
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
