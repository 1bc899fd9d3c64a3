package org.outreach.custody;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A release that cannot be recorded as given; names the rule, never a value. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidCustodyReleaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule the day, or the case, breaks. */
  public enum Rule {
    /** No day given. */
    REQUIRED,
    /** The day has not begun anywhere yet. */
    IN_THE_FUTURE,
    /** The day is before the custody review's decision. */
    BEFORE_THE_REVIEW,
    /** The case has no custody review recorded. */
    NOT_REVIEWED,
    /** The case's release is already recorded. */
    ALREADY_RECORDED
  }

  private final Rule rule;

  public InvalidCustodyReleaseException(Rule rule) {
    super("released on: " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
