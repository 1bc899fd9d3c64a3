package org.outreach.hold;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A manifest with rows that break a rule: nothing was checked or recorded. */
@ApplicationException(rollback = true)
public class ManifestRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One problem: the row, the field and the rule, never the value. */
  public record Problem(int row, String field, String rule) {}

  private final List<Problem> problems;

  public ManifestRefusedException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the removal manifest; nothing was checked");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
