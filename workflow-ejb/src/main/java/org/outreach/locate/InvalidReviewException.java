package org.outreach.locate;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A review of the diligent effort breaks a rule. Names the field and the rule, never the value
 * given (a reason is personal), so a page can show the message next to the field in the reader's
 * language. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The fields a supervisor fills in. */
  public enum Field {
    /** The task the review is recorded for. */
    TASK,
    DECISION,
    REASON
  }

  /** The rules. */
  public enum Rule {
    REQUIRED("required"),
    TOO_LONG("at most " + ReviewRules.REASON_MAX_LENGTH + " characters"),
    NOT_A_REVIEW_TASK("only a diligent-effort review task records a review");

    private final String text;

    Rule(String text) {
      this.text = text;
    }
  }

  private final Field field;
  private final Rule rule;

  public InvalidReviewException(Field field, Rule rule) {
    super(
        Objects.requireNonNull(field, "field").name().toLowerCase(Locale.ROOT)
            + ": "
            + Objects.requireNonNull(rule, "rule").text);
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
