package org.outreach.notice.templates;

/** What was done to a template version. */
public enum ReviewAction {
  SEEDED,
  APPROVED,
  RETIRED
}
