package org.outreach.notice.templates;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the last seeding did with each text of the repository: a new draft, nothing (the latest
 * version has the same text), or refused with its problems (rule and placeholder names only).
 */
public record SeedingReport(OffsetDateTime at, List<Outcome> outcomes) {

  /** What became of one text. */
  public enum Result {
    /** A new draft version: the text is new or differs from the latest version. */
    ADDED,
    /** The latest version has this text already. */
    UNCHANGED,
    /** The text breaks a rule (or is missing) and was not stored. */
    REFUSED
  }

  /** One text's outcome; {@code version} is the number of the latest version after seeding. */
  public record Outcome(
      TemplateType type,
      TemplateLanguage language,
      Result result,
      Integer version,
      List<String> problems) {}

  public long count(Result result) {
    return outcomes.stream().filter(outcome -> outcome.result() == result).count();
  }
}
