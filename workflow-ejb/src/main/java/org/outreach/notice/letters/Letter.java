package org.outreach.notice.letters;

import jakarta.persistence.Column;
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

/**
 * A notice letter for a case, in a language, and its way through printing and the post. Holds no
 * name and no address: the registry gives them when the letter is rendered, so this table is not a
 * list of where affected people live.
 */
@Entity
@Table(name = "letter")
@NamedQuery(
    name = "Letter.findByCase",
    query = "SELECT l FROM Letter l WHERE l.caseId = :caseId ORDER BY l.queuedAt, l.id")
@NamedQuery(
    name = "Letter.findWaiting",
    query =
        "SELECT l FROM Letter l WHERE l.status = org.outreach.notice.letters.LetterStatus.QUEUED"
            + " AND l.batchId IS NULL ORDER BY l.queuedAt, l.id")
@NamedQuery(
    name = "Letter.findShareInBatch",
    query =
        "SELECT l FROM Letter l WHERE l.batchId = :batchId AND l.status = :status"
            + " AND MOD(l.batchPosition, :shares) = :share ORDER BY l.batchPosition")
@NamedQuery(
    name = "Letter.findPrintedInBatch",
    query =
        "SELECT l FROM Letter l WHERE l.batchId = :batchId AND l.documentSha256 IS NOT NULL"
            + " AND l.batchPosition > :after ORDER BY l.batchPosition")
class Letter {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LetterStatus status;

  @Column(name = "queued_at", nullable = false, updatable = false)
  private OffsetDateTime queuedAt;

  @Column(name = "batch_id")
  private UUID batchId;

  @Column(name = "batch_position")
  private Integer batchPosition;

  @Column(name = "template_version", length = 64)
  private String templateVersion;

  @Column(name = "english_template_version", length = 64)
  private String englishTemplateVersion;

  @Column(name = "document_sha256", length = 64)
  private String documentSha256;

  @Column(name = "pages")
  private Integer pages;

  @Column(name = "printed_at")
  private OffsetDateTime printedAt;

  @Column(name = "mailed_at")
  private OffsetDateTime mailedAt;

  @Column(name = "returned_at")
  private OffsetDateTime returnedAt;

  @Version private long version;

  protected Letter() {}

  Letter(UUID caseId, String language, OffsetDateTime queuedAt) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.language = Objects.requireNonNull(language, "language");
    this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
    this.status = LetterStatus.QUEUED;
  }

  void assign(UUID batch, int position) {
    this.batchId = batch;
    this.batchPosition = position;
  }

  void printed(
      String version, String englishVersion, String sha256, int pageCount, OffsetDateTime at) {
    this.templateVersion = version;
    this.englishTemplateVersion = englishVersion;
    this.documentSha256 = sha256;
    this.pages = pageCount;
    this.printedAt = at;
    this.status = LetterStatus.PRINTED;
  }

  void noAddress(OffsetDateTime at) {
    this.printedAt = at;
    this.status = LetterStatus.NO_ADDRESS;
  }

  void refused(OffsetDateTime at) {
    this.printedAt = at;
    this.status = LetterStatus.REFUSED;
  }

  void mailed(OffsetDateTime at) {
    this.mailedAt = at;
    this.status = LetterStatus.MAILED;
  }

  void returned(OffsetDateTime at) {
    this.returnedAt = at;
    this.status = LetterStatus.RETURNED;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  String language() {
    return language;
  }

  LetterStatus status() {
    return status;
  }

  int pages() {
    return pages == null ? 0 : pages;
  }

  int batchPosition() {
    return batchPosition == null ? 0 : batchPosition;
  }

  LetterView view() {
    return new LetterView(
        id,
        caseId,
        language,
        status,
        batchId,
        templateVersion,
        englishTemplateVersion,
        documentSha256,
        pages,
        queuedAt,
        printedAt,
        mailedAt,
        returnedAt);
  }
}
