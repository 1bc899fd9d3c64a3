package org.outreach.hold;

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
 * A data-key rotation's pass over the attempts to stop a removal: who was reached and the note of
 * every attempt under another key than the current one are re-sealed under it, a page of rows per
 * transaction, each with one {@code RE_ENCRYPT_REMOVAL_STOP} event. Found by the key id column;
 * running it again after a failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class RemovalStopReEncryption {

  private static final Logger LOG = Logger.getLogger(RemovalStopReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many attempts there are, and how many it re-sealed. */
  public record Report(String currentKey, long stops, int stopsReEncrypted) {}

  /** Re-seals every attempt not under the current key, one transaction per page. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    RemovalStopReEncryption self = session.getBusinessObject(RemovalStopReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int stops = 0;
    for (List<UUID> ids = self.stopsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.stopsNotUnder(currentKey)) {
      stops += self.reEncrypt(ids);
    }
    Report report = new Report(currentKey, self.count(), stops);
    LOG.info(() -> "Removal stop re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of attempts under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> stopsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("RemovalStop.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the attempts under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncrypt(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      RemovalStop stop = entityManager.find(RemovalStop.class, id);
      if (stop != null && stop.reseal(cipher)) {
        reEncrypted++;
        entityManager.persist(
            AuditEvent.onCaseRecord(
                session.getCallerPrincipal().getName(),
                cases.personOf(stop.caseId()).orElse(null),
                stop.caseId(),
                AuditAction.RE_ENCRYPT_REMOVAL_STOP,
                AccessPurpose.KEY_ROTATION,
                null));
      }
    }
    return reEncrypted;
  }

  /** How many attempts there are. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(s) FROM RemovalStop s", Long.class)
        .getSingleResult();
  }
}
