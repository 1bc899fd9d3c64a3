package org.outreach.users;

import jakarta.ejb.ApplicationException;

/**
 * An account request that breaks a rule; the message names the field and the rule, never a value.
 * {@link #rule()} names the rule for a console that says it in another language: the field, a dot
 * and what about it ({@code username.taken}).
 */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

  private final String rule;

  public InvalidAccountException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** The rule broken, such as {@code password.short}. */
  public String rule() {
    return rule;
  }

  /** The field at fault, such as {@code password}. */
  public String field() {
    return rule.split("\\.", 2)[0];
  }
}
