package org.outreach.notice.delivery;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A partner notice record that breaks a rule; names the field and the rule, never a value. Nothing
 * was written.
 */
@ApplicationException(rollback = true)
public class InvalidPartnerNoticeException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    OUTCOME,
    PARTNER,
    ASKED_ON,
    CONFIRMED_ON
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    NOT_A_PARTNER_OF_THE_PERSON,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    BEFORE_ASKED,
    NEEDED_TO_CONFIRM
  }

  private final Field field;
  private final Rule rule;

  public InvalidPartnerNoticeException(Field field, Rule rule) {
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
