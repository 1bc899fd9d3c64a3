package org.outreach.locate;

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
 * A data-key rotation's pass over what the locate capability keeps sealed: every contact attempt
 * whose note or contact point, and every diligent-effort review whose reason, is under another key
 * than the current one is re-sealed under it, a page of rows per transaction, each with one {@code
 * RE_ENCRYPT_CONTACT_ATTEMPT} or {@code RE_ENCRYPT_DILIGENT_REVIEW} event. Found by the key id
 * columns; running it again after a failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class ContactAttemptReEncryption {

  private static final Logger LOG = Logger.getLogger(ContactAttemptReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /**
   * What one run did: how many attempts and diligent-effort reviews there are, and how many of each
   * it re-sealed.
   */
  public record Report(
      String currentKey,
      long attempts,
      int attemptsReEncrypted,
      long reviews,
      int reviewsReEncrypted) {}

  /** Re-seals every attempt and review not under the current key, one transaction per page. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    ContactAttemptReEncryption self = session.getBusinessObject(ContactAttemptReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int reEncrypted = 0;
    while (true) {
      List<UUID> ids = self.notUnder(currentKey);
      if (ids.isEmpty()) {
        break;
      }
      reEncrypted += self.reEncrypt(ids);
    }
    int reviewsReEncrypted = 0;
    while (true) {
      List<UUID> ids = self.reviewsNotUnder(currentKey);
      if (ids.isEmpty()) {
        break;
      }
      reviewsReEncrypted += self.reEncryptReviews(ids);
    }
    Report report =
        new Report(currentKey, self.count(), reEncrypted, self.countReviews(), reviewsReEncrypted);
    LOG.info(() -> "Contact attempt re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of attempts under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> notUnder(String keyId) {
    return entityManager
        .createNamedQuery("ContactAttempt.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the attempts under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncrypt(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      ContactAttempt attempt = entityManager.find(ContactAttempt.class, id);
      if (attempt != null && attempt.reseal(cipher)) {
        reEncrypted++;
        entityManager.persist(
            AuditEvent.onCaseRecord(
                session.getCallerPrincipal().getName(),
                cases.personOf(attempt.caseId()).orElse(null),
                attempt.caseId(),
                AuditAction.RE_ENCRYPT_CONTACT_ATTEMPT,
                AccessPurpose.KEY_ROTATION,
                null));
      }
    }
    return reEncrypted;
  }

  /** Up to {@link #PAGE_SIZE} ids of diligent-effort reviews under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> reviewsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("DiligentEffortReview.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the reviews' reasons under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncryptReviews(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      DiligentEffortReview review = entityManager.find(DiligentEffortReview.class, id);
      if (review != null && review.reseal(cipher)) {
        reEncrypted++;
        entityManager.persist(
            AuditEvent.onCaseRecord(
                session.getCallerPrincipal().getName(),
                cases.personOf(review.caseId()).orElse(null),
                review.caseId(),
                AuditAction.RE_ENCRYPT_DILIGENT_REVIEW,
                AccessPurpose.KEY_ROTATION,
                null));
      }
    }
    return reEncrypted;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countReviews() {
    return entityManager
        .createQuery("SELECT COUNT(r) FROM DiligentEffortReview r", Long.class)
        .getSingleResult();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(a) FROM ContactAttempt a", Long.class)
        .getSingleResult();
  }
}
