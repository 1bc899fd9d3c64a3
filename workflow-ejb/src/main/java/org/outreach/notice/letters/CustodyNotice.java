package org.outreach.notice.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One notice of a custody batch: the case, the language, the template versions, and the SHA-256 of
 * the rendered notice (the proof of what was handed over). Its id is the receipt code printed in
 * the notice's footer.
 */
@Entity
@Table(name = "custody_notice")
@NamedQuery(
    name = "CustodyNotice.findByCase",
    query = "SELECT n FROM CustodyNotice n WHERE n.caseId = :caseId ORDER BY n.id")
class CustodyNotice {

  @Id private UUID id;

  @Column(name = "batch_id", nullable = false, updatable = false)
  private UUID batchId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(name = "template_version", nullable = false, updatable = false, length = 64)
  private String templateVersion;

  @Column(name = "english_template_version", updatable = false, length = 64)
  private String englishTemplateVersion;

  @Column(name = "document_sha256", nullable = false, updatable = false, length = 64)
  private String documentSha256;

  @Column(nullable = false, updatable = false)
  private int pages;

  protected CustodyNotice() {}

  CustodyNotice(
      UUID id,
      UUID batchId,
      UUID caseId,
      String language,
      String templateVersion,
      String englishTemplateVersion,
      String documentSha256,
      int pages) {
    this.id = id;
    this.batchId = batchId;
    this.caseId = caseId;
    this.language = language;
    this.templateVersion = templateVersion;
    this.englishTemplateVersion = englishTemplateVersion;
    this.documentSha256 = documentSha256;
    this.pages = pages;
  }

  CustodyNoticeView view() {
    return new CustodyNoticeView(
        id,
        batchId,
        caseId,
        language,
        templateVersion,
        englishTemplateVersion,
        documentSha256,
        pages);
  }
}
