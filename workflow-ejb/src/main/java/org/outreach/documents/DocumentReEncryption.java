package org.outreach.documents;

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
 * A data-key rotation's pass over the documents: every document whose content is under another key
 * than the current one is re-sealed under it, one document per transaction (a file is up to 10 MiB,
 * and a transaction holds it three times over: sealed, plain, sealed anew), each with one {@code
 * RE_ENCRYPT_DOCUMENT} event. Found by the key id column, so documents already under the current
 * key are never read; running it again after a failure carries on where it stopped.
 */
@Stateless
@RolesAllowed("admin")
public class DocumentReEncryption {

  private static final Logger LOG = Logger.getLogger(DocumentReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many documents there are, and how many it re-sealed. */
  public record Report(String currentKey, long documents, int documentsReEncrypted) {}

  /** Re-seals every document not under the current key, one transaction per document. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    DocumentReEncryption self = session.getBusinessObject(DocumentReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int reEncrypted = 0;
    UUID after = null;
    while (true) {
      List<UUID> ids = self.notUnder(currentKey, after);
      if (ids.isEmpty()) {
        break;
      }
      for (UUID id : ids) {
        self.reEncrypt(id);
        reEncrypted++;
      }
      after = ids.get(ids.size() - 1);
    }
    Report report = new Report(currentKey, self.count(), reEncrypted);
    LOG.info(() -> "Document re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of documents under another key, after {@code after}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> notUnder(String keyId, UUID after) {
    return (after == null
            ? entityManager.createNamedQuery("CaseDocument.firstIdsNotUnderKey", UUID.class)
            : entityManager
                .createNamedQuery("CaseDocument.idsNotUnderKey", UUID.class)
                .setParameter("after", after))
        .setParameter("keyId", keyId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Re-seals one document under the current key, audited. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void reEncrypt(UUID documentId) {
    CaseDocument document = entityManager.find(CaseDocument.class, documentId);
    if (document == null || !cipher.fileNeedsReEncryption(document.sealedContent())) {
      return;
    }
    document.reseal(
        cipher.reEncryptFile(document.sealedContent(), CaseDocument.associatedData(documentId)));
    entityManager.persist(
        AuditEvent.onDocument(
            session.getCallerPrincipal().getName(),
            cases.personOf(document.caseId()).orElse(null),
            document.caseId(),
            documentId,
            AuditAction.RE_ENCRYPT_DOCUMENT,
            AccessPurpose.KEY_ROTATION));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(d) FROM CaseDocument d", Long.class)
        .getSingleResult();
  }
}
