package org.outreach.custody;

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
 * A data-key rotation's pass over the custody reviews: the grounds of every review under another
 * key than the current one are re-sealed under it, a page of rows per transaction, each with one
 * {@code RE_ENCRYPT_CUSTODY_REVIEW} event. Found by the key id column; running it again after a
 * failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class CustodyReviewReEncryption {

  private static final Logger LOG = Logger.getLogger(CustodyReviewReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many reviews there are, and how many it re-sealed. */
  public record Report(String currentKey, long reviews, int reviewsReEncrypted) {}

  /** Re-seals every review not under the current key, one transaction per page. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    CustodyReviewReEncryption self = session.getBusinessObject(CustodyReviewReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int reviews = 0;
    for (List<UUID> ids = self.reviewsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.reviewsNotUnder(currentKey)) {
      reviews += self.reEncrypt(ids);
    }
    Report report = new Report(currentKey, self.count(), reviews);
    LOG.info(() -> "Custody review re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of reviews under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> reviewsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("CustodyReview.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the reviews under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncrypt(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      CustodyReview review = entityManager.find(CustodyReview.class, id);
      if (review != null && review.reseal(cipher)) {
        reEncrypted++;
        entityManager.persist(
            AuditEvent.onCaseRecord(
                session.getCallerPrincipal().getName(),
                cases.personOf(review.caseId()).orElse(null),
                review.caseId(),
                AuditAction.RE_ENCRYPT_CUSTODY_REVIEW,
                AccessPurpose.KEY_ROTATION,
                null));
      }
    }
    return reEncrypted;
  }

  /** How many reviews there are. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(r) FROM CustodyReview r", Long.class)
        .getSingleResult();
  }
}
