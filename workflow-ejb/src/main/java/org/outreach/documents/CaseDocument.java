package org.outreach.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.outreach.privacy.FieldCipher;

/**
 * One document of a case, its content sealed by {@link FieldCipher} in the binary form and bound to
 * this document's id. Every column but the content and its key id is written once. The content is a
 * plain {@code byte[]} without {@code @Lob}: Hibernate then binds it as {@code VARBINARY}, which is
 * {@code bytea} on PostgreSQL (a {@code @Lob} would be a large object referenced by an oid) and
 * {@code BINARY VARYING} on H2.
 */
@Entity
@Table(name = "case_document")
@NamedQuery(
    name = "CaseDocument.ofCase",
    query =
        "SELECT new org.outreach.documents.DocumentView(d.id, d.caseId, d.kind, d.type, d.size,"
            + " d.sha256, d.uploadedBy, d.uploadedAt) FROM CaseDocument d"
            + " WHERE d.caseId = :caseId ORDER BY d.uploadedAt, d.id")
@NamedQuery(
    name = "CaseDocument.idsNotUnderKey",
    query =
        "SELECT d.id FROM CaseDocument d WHERE d.keyId <> :keyId AND d.id > :after ORDER BY d.id")
@NamedQuery(
    name = "CaseDocument.firstIdsNotUnderKey",
    query = "SELECT d.id FROM CaseDocument d WHERE d.keyId <> :keyId ORDER BY d.id")
public class CaseDocument {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private DocumentKind kind;

  @Convert(converter = DocumentTypeColumn.class)
  @Column(name = "media_type", nullable = false, updatable = false, length = 32)
  private DocumentType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(nullable = false)
  private byte[] content;

  @Version private long version;

  protected CaseDocument() {}

  /**
   * @param sealed the content as {@link FieldCipher#encryptFile(byte[], String)} sealed it for
   *     {@link #associatedData(UUID)} of {@code id}
   */
  CaseDocument(
      UUID id,
      UUID caseId,
      DocumentKind kind,
      DocumentType type,
      long size,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt,
      byte[] sealed) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    reseal(sealed);
  }

  /** What the content is bound to: {@code CaseDocument:content:<id>}. */
  static String associatedData(UUID documentId) {
    return FieldCipher.associatedData("CaseDocument", "content", documentId.toString());
  }

  /** The content sealed anew (a key rotation); the key id follows the content's header. */
  void reseal(byte[] sealed) {
    this.content = Objects.requireNonNull(sealed, "sealed");
    this.keyId = FieldCipher.keyIdOfFile(sealed);
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  byte[] sealedContent() {
    return content;
  }

  DocumentView view() {
    return new DocumentView(id, caseId, kind, type, size, sha256, uploadedBy, uploadedAt);
  }
}
