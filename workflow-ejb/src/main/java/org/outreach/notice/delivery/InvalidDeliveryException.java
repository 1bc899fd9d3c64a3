package org.outreach.notice.delivery;

import jakarta.ejb.ApplicationException;

/**
 * A hand delivery that breaks a rule; names the field and the rule, never a value. Nothing was
 * written.
 */
@ApplicationException(rollback = true)
public class InvalidDeliveryException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    OUTCOME,
    ATTEMPTED_AT,
    DELIVERED_BY,
    REASON,
    /** The upload of the signed receipt. */
    RECEIPT
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    TOO_LONG,
    CONTROL_CHARACTERS,
    ONLY_WHEN_NOT_DELIVERED,
    ONLY_WHEN_DELIVERED
  }

  private final Field field;
  private final Rule rule;

  public InvalidDeliveryException(Field field, Rule rule) {
    super(
        field.name().toLowerCase(java.util.Locale.ROOT)
            + ": "
            + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
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
