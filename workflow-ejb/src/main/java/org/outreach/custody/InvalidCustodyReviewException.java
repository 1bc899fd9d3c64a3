package org.outreach.custody;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A custody review that breaks a rule; names the field and the rule, never a value (the grounds are
 * personal), so a page can say it next to the field in the reader's language. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidCustodyReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The field at fault, in the order of the form. */
  public enum Field {
    DECISION,
    DECIDED_ON,
    GROUNDS
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    IN_THE_FUTURE,
    BEFORE_THE_TASK,
    TOO_LONG
  }

  private final Field field;
  private final Rule rule;

  public InvalidCustodyReviewException(Field field, Rule rule) {
    super(
        Objects.requireNonNull(field, "field").name().toLowerCase(Locale.ROOT)
            + ": "
            + Objects.requireNonNull(rule, "rule")
                .name()
                .toLowerCase(Locale.ROOT)
                .replace('_', ' '));
    this.field = field;
    this.rule = rule;
  }

  public Field field() {
    return field;
  }

  public Rule rule() {
    return rule;
  }
}
