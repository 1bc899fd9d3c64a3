package org.outreach.court;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A consultation record (offered or scheduled) that breaks a rule; names the field and the rule,
 * never a value. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidConsultationException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    COUNSEL_NAME,
    COUNSEL_ORGANISATION,
    OFFERED_ON,
    OUTCOME,
    SCHEDULED_AT,
    PLACE,
    ADDRESS,
    NOTE
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    ONLY_IN_PERSON
  }

  private final Field field;
  private final Rule rule;

  public InvalidConsultationException(Field field, Rule rule) {
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
