package org.outreach.retention;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** A hold that cannot be placed, naming the rule it breaks. */
@ApplicationException(rollback = true)
public class InvalidRetentionHoldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule the hold breaks. */
  public enum Rule {
    /** No reason given. */
    REASON_REQUIRED,
    /** The case's personal data is erased already: there is nothing left to keep. */
    ALREADY_ERASED
  }

  private final Rule rule;

  public InvalidRetentionHoldException(Rule rule) {
    super("retention hold: " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
