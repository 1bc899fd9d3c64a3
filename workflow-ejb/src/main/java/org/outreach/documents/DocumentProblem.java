package org.outreach.documents;

/**
 * Why a file was refused. Each names a rule, never the file's content or name; a form shows its own
 * words for each (a resource bundle key per constant), a REST answer the English {@link
 * DocumentRefusedException#getMessage() message}.
 */
public enum DocumentProblem {
  EMPTY("the file is empty"),
  TOO_LARGE(
      "the file is larger than the limit of "
          + DocumentRules.MAX_BYTES
          + " bytes ("
          + DocumentRules.MAX_BYTES / (1024 * 1024)
          + " MiB)"),
  UNSUPPORTED_TYPE(
      "the file is not a PDF, JPEG or PNG file (its content was checked, not its name or declared"
          + " type)"),
  /** The content starts as one of the accepted types, but is cut off or not built like one. */
  DAMAGED("the file begins as a PDF, JPEG or PNG file but is not a complete, well-formed one");

  private final String rule;

  DocumentProblem(String rule) {
    this.rule = rule;
  }

  /** The rule in English; a refusal's message says more for {@link #DAMAGED}. */
  public String rule() {
    return rule;
  }
}
