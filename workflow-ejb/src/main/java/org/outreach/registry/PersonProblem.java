package org.outreach.registry;

import java.util.Objects;

/**
 * One broken rule of a person record: the field (a path such as {@code contactPoints[1].value}) and
 * the rule it breaks. Never carries the value given.
 */
public record PersonProblem(String field, String rule) {

  public PersonProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return field + ": " + rule;
  }
}
