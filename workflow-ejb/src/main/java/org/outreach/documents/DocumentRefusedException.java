package org.outreach.documents;

import jakarta.ejb.ApplicationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A file was not stored because it breaks a rule; nothing was written, and the caller's transaction
 * rolls back with it. The message names the rule, never the file's content or name.
 */
@ApplicationException(rollback = true)
public class DocumentRefusedException extends RuntimeException {

  private final DocumentProblem problem;
  private final transient DocumentType claimedType;

  DocumentRefusedException(DocumentProblem problem) {
    super(problem.rule());
    this.problem = problem;
    this.claimedType = null;
  }

  /** The content begins as {@code claimedType} but is not built like one; {@code why} says how. */
  DocumentRefusedException(DocumentType claimedType, String why) {
    super(
        "the file begins as a "
            + Objects.requireNonNull(claimedType, "claimedType").name()
            + " file but is not a complete, well-formed one: "
            + why);
    this.problem = DocumentProblem.DAMAGED;
    this.claimedType = claimedType;
  }

  public DocumentProblem problem() {
    return problem;
  }

  /** For {@link DocumentProblem#DAMAGED}: the type the content began as. */
  public Optional<DocumentType> claimedType() {
    return Optional.ofNullable(claimedType);
  }
}
