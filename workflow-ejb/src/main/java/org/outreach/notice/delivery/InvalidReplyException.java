package org.outreach.notice.delivery;

import jakarta.ejb.ApplicationException;

/** A reply that cannot be recorded as given; names the field and the rule, never a value. */
@ApplicationException(rollback = true)
public class InvalidReplyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The field at fault, in the order of the form. */
  public enum Field {
    CHANNEL,
    RECEIVED_AT,
    NOTE
  }

  /** What is wrong with it. */
  public enum Rule {
    REQUIRED,
    /** A channel only the server records ({@link ReplyChannel#NOTICE_PAGE}). */
    NOT_TYPED_IN,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    TOO_LONG
  }

  private final Field field;
  private final Rule rule;

  public InvalidReplyException(Field field, Rule rule) {
    super("Reply: " + field + " " + rule);
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
