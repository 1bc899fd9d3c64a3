package org.outreach.hold;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A removal stop that breaks a rule; names the field and the rule, never a value, so a page can say
 * it next to the field in the reader's language. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidRemovalStopException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The field at fault, in the order of the form. */
  public enum Field {
    REACHED,
    CHANNEL,
    REACHED_AT,
    STOPPED,
    NOTE
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    IN_THE_FUTURE,
    BEFORE_THE_TASK,
    NEEDED_WHEN_NOT_STOPPED
  }

  private final Field field;
  private final Rule rule;

  public InvalidRemovalStopException(Field field, Rule rule) {
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
