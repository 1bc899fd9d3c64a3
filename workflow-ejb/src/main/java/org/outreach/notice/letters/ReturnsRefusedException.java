package org.outreach.notice.letters;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A list of returned letters with problems: nothing was recorded. */
@ApplicationException(rollback = true)
public class ReturnsRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One problem: the row (1 is the header), the column and the rule, never the value. */
  public record Problem(int row, String column, String rule) {}

  private final List<Problem> problems;

  public ReturnsRefusedException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the list of returned letters; nothing was recorded");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
