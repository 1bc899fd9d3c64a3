package org.outreach.court;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A consultation held that cannot be recorded as given; names the rule, never a value. Nothing was
 * written.
 */
@ApplicationException(rollback = true)
public class InvalidConsultationHeldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule the day, or the case, breaks. */
  public enum Rule {
    /** No day given. */
    REQUIRED,
    /** The day is after today. */
    IN_THE_FUTURE,
    /** The day is before the case was opened. */
    BEFORE_THE_CASE,
    /** The case has no consultation scheduled. */
    NOT_SCHEDULED,
    /** The consultation scheduled last is already recorded as held. */
    ALREADY_RECORDED
  }

  private final Rule rule;

  public InvalidConsultationHeldException(Rule rule) {
    super("held on: " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
