package org.outreach.locate;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A contact attempt or conclusion breaks a rule. Names the field and the rule, never the value
 * given (a note is personal), so a page can show the message next to the field in the reader's
 * language. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidAttemptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The fields a caseworker fills in. */
  public enum Field {
    /** The task the attempt is recorded for. */
    TASK,
    CHANNEL,
    ATTEMPTED_AT,
    RESULT,
    NOTE,
    CONCLUSION,
    CONTACT_POINT,
    /** Of a contact point found during the search. */
    CONTACT_KIND,
    CONTACT_VALUE,
    CONTACT_SOURCE,
    CONTACT_AS_OF
  }

  /** The rules. */
  public enum Rule {
    REQUIRED("required"),
    IN_FUTURE("must not be in the future"),
    BEFORE_CASE_OPENED("must not be before the case was opened"),
    TOO_LONG("at most " + AttemptRules.NOTE_MAX_LENGTH + " characters"),
    NO_ATTEMPT_RECORDED("not found needs at least one recorded attempt"),
    NOT_A_SAFE_CONTACT_POINT("must be one of the person's safe contact points"),
    NOT_A_LOCATE_TASK("only a locate task records contact attempts"),
    NO_PERSON("the case has no person whose record could take a contact point"),
    INVALID("does not keep the registry's rules for contact points"),
    TOO_MANY("the person's record holds the most contact points it may");

    private final String text;

    Rule(String text) {
      this.text = text;
    }
  }

  private final Field field;
  private final Rule rule;

  public InvalidAttemptException(Field field, Rule rule) {
    super(
        Objects.requireNonNull(field, "field").name().toLowerCase(java.util.Locale.ROOT)
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
