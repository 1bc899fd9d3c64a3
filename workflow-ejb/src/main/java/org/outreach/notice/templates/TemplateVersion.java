package org.outreach.notice.templates;

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
 * One version of a template: its text never changes; its status moves DRAFT -> APPROVED -> RETIRED,
 * and a retired version may be approved again. While approved it holds its approved key, which the
 * database keeps unique per type and language.
 */
@Entity
@Table(name = "notice_template_version")
@NamedQuery(
    name = "TemplateVersion.findApproved",
    query = "SELECT v FROM TemplateVersion v WHERE v.approvedKey = :key")
@NamedQuery(
    name = "TemplateVersion.findLatest",
    query =
        "SELECT v FROM TemplateVersion v WHERE v.type = :type AND v.language = :language"
            + " ORDER BY v.number DESC")
@NamedQuery(
    name = "TemplateVersion.findAll",
    query = "SELECT v FROM TemplateVersion v ORDER BY v.type, v.language, v.number")
class TemplateVersion {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "template_type", nullable = false, updatable = false, length = 32)
  private TemplateType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private TemplateLanguage language;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "template_text", nullable = false, updatable = false, length = 20000)
  private String text;

  @Column(name = "text_sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TemplateStatus status;

  @Column(name = "approved_key", length = 48)
  private String approvedKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @Column(name = "retired_by", length = 64)
  private String retiredBy;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected TemplateVersion() {}

  /** A new draft of a canonical text. */
  TemplateVersion(
      TemplateType type,
      TemplateLanguage language,
      int number,
      String canonicalText,
      String createdBy,
      OffsetDateTime createdAt) {
    this.id = UUID.randomUUID();
    this.type = Objects.requireNonNull(type, "type");
    this.language = Objects.requireNonNull(language, "language");
    this.number = number;
    this.text = Objects.requireNonNull(canonicalText, "canonicalText");
    this.sha256 = TemplateText.sha256(canonicalText);
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = TemplateStatus.DRAFT;
  }

  static String approvedKey(TemplateType type, TemplateLanguage language) {
    return type.name() + ":" + language.code();
  }

  /**
   * @throws TemplateReviewException when it is approved already
   */
  void approve(String actor, OffsetDateTime at) {
    if (status == TemplateStatus.APPROVED) {
      throw new TemplateReviewException(describe() + " is approved already");
    }
    status = TemplateStatus.APPROVED;
    approvedKey = approvedKey(type, language);
    approvedBy = actor;
    approvedAt = at;
    retiredBy = null;
    retiredAt = null;
  }

  /**
   * @throws TemplateReviewException when it is retired already
   */
  void retire(String actor, OffsetDateTime at) {
    if (status == TemplateStatus.RETIRED) {
      throw new TemplateReviewException(describe() + " is retired already");
    }
    status = TemplateStatus.RETIRED;
    approvedKey = null;
    retiredBy = actor;
    retiredAt = at;
  }

  StoredText stored() {
    return new StoredText(id, number, type, language, text);
  }

  TemplateVersionView view() {
    return new TemplateVersionView(
        id,
        type,
        language,
        number,
        status,
        sha256,
        createdAt,
        createdBy,
        approvedAt,
        approvedBy,
        retiredAt,
        retiredBy);
  }

  String describe() {
    return "version " + number + " of " + type + " in " + language.code() + " (" + id + ")";
  }

  UUID id() {
    return id;
  }

  TemplateType type() {
    return type;
  }

  TemplateLanguage language() {
    return language;
  }

  int number() {
    return number;
  }

  String text() {
    return text;
  }

  String sha256() {
    return sha256;
  }

  TemplateStatus status() {
    return status;
  }
}
