package org.outreach.notice.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.outreach.notice.templates.TemplateVersionView;

/** One notice text version as the review page lists it. */
public final class TextVersionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String type;
  private final String language;
  private final String languageName;
  private final boolean rightToLeft;
  private final int version;
  private final String status;
  private final OffsetDateTime createdAt;
  private final String approvedBy;

  TextVersionRow(TemplateVersionView view) {
    this.id = view.id().toString();
    this.type = view.type().name();
    this.language = view.language().code();
    this.languageName = view.language().nativeName() + " (" + view.language().englishName() + ")";
    this.rightToLeft = view.language().rightToLeft();
    this.version = view.version();
    this.status = view.status().name();
    this.createdAt = view.createdAt();
    this.approvedBy = view.approvedBy();
  }

  public String getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getLanguage() {
    return language;
  }

  public String getLanguageName() {
    return languageName;
  }

  public boolean isRightToLeft() {
    return rightToLeft;
  }

  public int getVersion() {
    return version;
  }

  public String getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public boolean isDraft() {
    return "DRAFT".equals(status);
  }

  public boolean isApproved() {
    return "APPROVED".equals(status);
  }
}
