package org.outreach.court;

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
 * A data-key rotation's pass over the court-access records that hold sealed values: every
 * consultation (counsel, address, note) and every court filing (court, confirmation number) under
 * another key than the current one is re-sealed under it, a page of rows per transaction, each with
 * one {@code RE_ENCRYPT_COURT_RECORD} event. Found by the key id column; running it again after a
 * failure carries on where it stopped. The filings' documents are the documents' own pass.
 */
@Stateless
@RolesAllowed("admin")
public class CourtReEncryption {

  private static final Logger LOG = Logger.getLogger(CourtReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many consultations and filings there are, and how many it re-sealed. */
  public record Report(
      String currentKey,
      long consultations,
      int consultationsReEncrypted,
      long courtFilings,
      int courtFilingsReEncrypted) {}

  /** Re-seals every consultation and filing not under the current key, a page per transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    CourtReEncryption self = session.getBusinessObject(CourtReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int consultations = 0;
    for (List<UUID> ids = self.consultationsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.consultationsNotUnder(currentKey)) {
      consultations += self.reEncryptConsultations(ids);
    }
    int filings = 0;
    for (List<UUID> ids = self.filingsNotUnder(currentKey);
        !ids.isEmpty();
        ids = self.filingsNotUnder(currentKey)) {
      filings += self.reEncryptFilings(ids);
    }
    Report report =
        new Report(
            currentKey,
            self.count("Consultation"),
            consultations,
            self.count("CourtFiling"),
            filings);
    LOG.info(() -> "Court record re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of consultations under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> consultationsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("Consultation.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Up to {@link #PAGE_SIZE} ids of court filings under another key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> filingsNotUnder(String keyId) {
    return entityManager
        .createNamedQuery("CourtFiling.idsNotUnderKey", UUID.class)
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals the consultations under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncryptConsultations(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      Consultation consultation = entityManager.find(Consultation.class, id);
      if (consultation != null && consultation.reseal(cipher)) {
        reEncrypted++;
        audit(consultation.caseId());
      }
    }
    return reEncrypted;
  }

  /** Re-seals the court filings under the current key, audited; answers how many needed it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reEncryptFilings(List<UUID> ids) {
    int reEncrypted = 0;
    for (UUID id : ids) {
      CourtFiling filing = entityManager.find(CourtFiling.class, id);
      if (filing != null && filing.reseal(cipher)) {
        reEncrypted++;
        audit(filing.caseId());
      }
    }
    return reEncrypted;
  }

  /** How many rows the entity has: {@code Consultation} or {@code CourtFiling}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count(String entity) {
    String query =
        switch (entity) {
          case "Consultation" -> "SELECT COUNT(c) FROM Consultation c";
          case "CourtFiling" -> "SELECT COUNT(f) FROM CourtFiling f";
          default -> throw new IllegalArgumentException("Not a court record: " + entity);
        };
    return entityManager.createQuery(query, Long.class).getSingleResult();
  }

  private void audit(UUID caseId) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            session.getCallerPrincipal().getName(),
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RE_ENCRYPT_COURT_RECORD,
            AccessPurpose.KEY_ROTATION,
            null));
  }
}
