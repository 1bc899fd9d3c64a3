package org.outreach.importing;

import java.util.Locale;
import java.util.Objects;

/** How to import: what problems mean for the good rows, and what registered A-numbers mean. */
public record ImportOptions(ProblemPolicy problems, ExistingPolicy existing) {

  public static final ImportOptions DEFAULT =
      new ImportOptions(ProblemPolicy.ALL_OR_NOTHING, ExistingPolicy.REJECT);

  public ImportOptions {
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(existing, "existing");
  }

  /**
   * From the REST parameters {@code mode} ({@code all-or-nothing}, {@code keep-valid}) and {@code
   * existing} ({@code reject}, {@code update}); null or blank means the default.
   *
   * @throws IllegalArgumentException naming the parameter and its allowed values
   */
  public static ImportOptions parse(String mode, String existing) {
    ProblemPolicy problems =
        switch (normal(mode, "all-or-nothing")) {
          case "all-or-nothing" -> ProblemPolicy.ALL_OR_NOTHING;
          case "keep-valid" -> ProblemPolicy.KEEP_VALID;
          default ->
              throw new IllegalArgumentException("mode must be all-or-nothing or keep-valid");
        };
    ExistingPolicy onExisting =
        switch (normal(existing, "reject")) {
          case "reject" -> ExistingPolicy.REJECT;
          case "update" -> ExistingPolicy.UPDATE;
          default -> throw new IllegalArgumentException("existing must be reject or update");
        };
    return new ImportOptions(problems, onExisting);
  }

  private static String normal(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
  }
}
