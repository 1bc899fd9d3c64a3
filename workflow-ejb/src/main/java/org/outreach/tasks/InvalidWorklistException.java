package org.outreach.tasks;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A worklist filter or a saved worklist that cannot be used: names the field and the rule broken,
 * never the value (a facility typed in may be anything).
 */
@ApplicationException(rollback = true)
public class InvalidWorklistException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rules a worklist can break; a page says each in the reader's language. */
  public enum Rule {
    UNKNOWN_TASK_TYPE,
    UNKNOWN_TEAM,
    UNKNOWN_LANGUAGE,
    PRIORITY_OUT_OF_RANGE,
    TOO_LONG,
    NAME_REQUIRED,
    NAME_TAKEN,
    TOO_MANY_SAVED,
    UNKNOWN_WORKLIST
  }

  private final String field;
  private final Rule rule;

  public InvalidWorklistException(String field, Rule rule) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /** The filter's field ({@code facility}, {@code name}). */
  public String field() {
    return field;
  }

  public Rule rule() {
    return rule;
  }
}
