package org.outreach.documents;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.UnknownCaseException;
import org.outreach.privacy.FieldCipher;

/**
 * The documents of a case: the one door through which they are stored, listed and read. Every call
 * first asks {@link CaseAccess} whether the caller may see the case; a case they may not see is
 * answered exactly like one that does not exist ({@link UnknownCaseException}, {@link
 * UnknownDocumentException}).
 *
 * <ul>
 *   <li>{@link #store} checks the file by its content (see {@link DocumentRules}), encrypts it
 *       bound to the new document's id and writes it with one {@code STORE_DOCUMENT} audit event,
 *       in the caller's transaction if there is one (a task form completing a task), so a refused
 *       file or a failed completion writes nothing.
 *   <li>{@link #list} gives what a case view shows (kind, type, size, hash, who and when), nothing
 *       decrypted and nothing audited.
 *   <li>{@link #read} decrypts one document for a stated purpose and writes one {@code
 *       READ_DOCUMENT} event naming reader, case, document and the case's person, in the read's
 *       transaction: if the event cannot be written, the read fails with it.
 * </ul>
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CaseDocuments {

  private static final Logger LOG = Logger.getLogger(CaseDocuments.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /**
   * Stores a file as a document of a case. The content alone decides whether it is taken and as
   * what type; the name and the declared type of an upload are not asked for. The file is read to
   * its end, but never past the size limit.
   *
   * @param kind a kind staff upload ({@link DocumentKind#uploadedByStaff()})
   * @return the stored document
   * @throws DocumentRefusedException naming the rule the file breaks; nothing was written
   * @throws DocumentUnreadableException if the upload broke off; nothing was written
   * @throws UnknownCaseException if there is no such case or the caller may not see it
   * @throws IllegalArgumentException if the kind is one the server renders itself
   */
  public DocumentView store(UUID caseId, DocumentKind kind, InputStream content) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (!kind.uploadedByStaff()) {
      throw new IllegalArgumentException("kind: " + kind + " documents are rendered by the server");
    }
    UUID personId = requireVisible(caseId);
    byte[] plain;
    DocumentType type;
    try {
      plain = DocumentRules.read(content);
      type = DocumentRules.check(plain);
    } catch (DocumentRefusedException e) {
      LOG.info(() -> "Document refused for case " + caseId + ": " + e.problem());
      throw e;
    }
    UUID id = UUID.randomUUID();
    String actor = caller();
    CaseDocument document =
        new CaseDocument(
            id,
            caseId,
            kind,
            type,
            plain.length,
            sha256(plain),
            actor,
            OffsetDateTime.now(ZoneOffset.UTC),
            cipher.encryptFile(plain, CaseDocument.associatedData(id)));
    entityManager.persist(document);
    entityManager.persist(
        AuditEvent.onDocument(
            actor, personId, caseId, id, AuditAction.STORE_DOCUMENT, AccessPurpose.CASEWORK));
    LOG.info(() -> "Document " + id + " (" + kind + ", " + type + ") stored for case " + caseId);
    return document.view();
  }

  /**
   * The documents of a case, oldest first.
   *
   * @throws UnknownCaseException if there is no such case or the caller may not see it
   */
  public List<DocumentView> list(UUID caseId) {
    requireVisible(Objects.requireNonNull(caseId, "caseId"));
    return entityManager
        .createNamedQuery("CaseDocument.ofCase", DocumentView.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  /**
   * Decrypts one document for a purpose a person states ({@link AccessPurpose#statedByPeople()}),
   * and records the read.
   *
   * @throws UnknownDocumentException if there is no such document or the caller may not see its
   *     case
   * @throws IllegalArgumentException if the purpose is one only a job may state
   */
  public DocumentContent read(UUID documentId, AccessPurpose purpose) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(purpose, "purpose");
    if (!AccessPurpose.statedByPeople().contains(purpose)) {
      throw new IllegalArgumentException("purpose: " + purpose + " is not stated by a person");
    }
    CaseDocument document = entityManager.find(CaseDocument.class, documentId);
    if (document == null) {
      throw new UnknownDocumentException(documentId);
    }
    UUID personId;
    try {
      personId = requireVisible(document.caseId());
    } catch (UnknownCaseException e) {
      throw new UnknownDocumentException(documentId);
    }
    byte[] plain =
        cipher.decryptFile(document.sealedContent(), CaseDocument.associatedData(documentId));
    entityManager.persist(
        AuditEvent.onDocument(
            caller(), personId, document.caseId(), documentId, AuditAction.READ_DOCUMENT, purpose));
    return new DocumentContent(document.view(), plain);
  }

  /**
   * The access check: {@link CaseAccess} decides whether the caller may see the case. Answers the
   * case's person (absent for a demo case) for the audit trail.
   *
   * @throws UnknownCaseException if there is no such case or the caller may not see it, alike
   */
  private UUID requireVisible(UUID caseId) {
    caseAccess.requireVisible(caseId);
    return cases.personOf(caseId).orElse(null);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available");
    }
  }
}
