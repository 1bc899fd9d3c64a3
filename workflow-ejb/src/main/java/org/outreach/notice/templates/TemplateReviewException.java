package org.outreach.notice.templates;

import jakarta.ejb.ApplicationException;

/**
 * A review step that the version's state or the rules refuse (approving a text that breaks a rule,
 * retiring a retired version). Names the version and the rule.
 */
@ApplicationException(rollback = true)
public class TemplateReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateReviewException(String message) {
    super(message);
  }
}
