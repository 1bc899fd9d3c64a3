package org.outreach.notice.delivery;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A call record that breaks a rule; names the field and the rule, never a value. Nothing was
 * written.
 */
@ApplicationException(rollback = true)
public class InvalidCallException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    OUTCOME,
    CALLED_AT,
    PHONE,
    LANGUAGE,
    NOTICE_READ,
    ACKNOWLEDGED,
    CALL_BACK_AT,
    NOTE
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    NOT_A_SAFE_PHONE,
    UNKNOWN_LANGUAGE,
    NEEDED_TO_NOTIFY,
    ONLY_WHEN_NOTIFIED,
    ONLY_WHEN_NOT_REACHED,
    NOT_AFTER_THE_CALL,
    TOO_LONG
  }

  private final Field field;
  private final Rule rule;

  public InvalidCallException(Field field, Rule rule) {
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
