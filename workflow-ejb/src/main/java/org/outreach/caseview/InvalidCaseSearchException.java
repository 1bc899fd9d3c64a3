package org.outreach.caseview;

import jakarta.ejb.ApplicationException;

/**
 * A search for a case that cannot be run as typed. Its message names the rule only, never what was
 * typed.
 */
@ApplicationException(rollback = true)
public class InvalidCaseSearchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the search. */
  public enum Rule {
    /** Neither a case reference nor an A-number was typed. */
    REQUIRED,
    /** What was typed is neither a case reference nor an A-number. */
    NOT_A_REFERENCE_OR_A_NUMBER,
    /** The purpose is not one a person may state. */
    PURPOSE
  }

  private final Rule rule;

  public InvalidCaseSearchException(Rule rule) {
    super("Case search: " + rule);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
