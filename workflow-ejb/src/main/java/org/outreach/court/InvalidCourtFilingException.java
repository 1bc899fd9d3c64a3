package org.outreach.court;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A court filing record that breaks a rule; names the field and the rule, never a value. Nothing
 * was written. A file refused by its content is a {@code DocumentRefusedException} instead.
 */
@ApplicationException(rollback = true)
public class InvalidCourtFilingException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    COURT,
    FILED_ON,
    CONFIRMATION_NUMBER,
    FILING
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    NOT_A_CONFIRMATION_NUMBER
  }

  private final Field field;
  private final Rule rule;

  public InvalidCourtFilingException(Field field, Rule rule) {
    super(
        field.name().toLowerCase(Locale.ROOT)
            + ": "
            + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
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
