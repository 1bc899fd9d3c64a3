package org.outreach.travel;

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
 * A data-key rotation's pass over the return-travel records: every row (contact, issuer, carrier,
 * places, booking reference, note) under another key than the current one is re-sealed under it, a
 * page of rows per transaction, each with one {@code RE_ENCRYPT_TRAVEL_RECORD} event. Found by the
 * key id column; running it again after a failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class TravelReEncryption {

  private static final Logger LOG = Logger.getLogger(TravelReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many return-travel records there are, and how many it re-sealed. */
  public record Report(String currentKey, long travelRecords, int travelRecordsReEncrypted) {}

  /** Re-seals every return-travel record not under the current key, a page per transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    TravelReEncryption self = session.getBusinessObject(TravelReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int reEncrypted = 0;
    for (List<UUID> ids = self.recordsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.recordsNotUnder(currentKey)) {
      reEncrypted += self.reEncrypt(ids);
    }
    Report report = new Report(currentKey, self.count(), reEncrypted);
    LOG.info(() -> "Return-travel record re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of return-travel records under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> recordsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("TravelRecord.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the records under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncrypt(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      TravelRecord record = entityManager.find(TravelRecord.class, id);
      if (record != null && record.reseal(cipher)) {
        reEncrypted++;
        audit(record.caseId());
      }
    }
    return reEncrypted;
  }

  /** How many return-travel records there are. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(r) FROM TravelRecord r", Long.class)
        .getSingleResult();
  }

  private void audit(UUID caseId) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            session.getCallerPrincipal().getName(),
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RE_ENCRYPT_TRAVEL_RECORD,
            AccessPurpose.KEY_ROTATION,
            null));
  }
}
