package org.outreach.notice.templates;

/** Where a template version stands in review. */
public enum TemplateStatus {
  /** Seeded from the repository, waiting for review: never rendered for a person. */
  DRAFT,
  /** Approved by an administrator: the one version of its type and language that is rendered. */
  APPROVED,
  /** Withdrawn, rejected, or replaced by a newer approval: never rendered. */
  RETIRED
}
