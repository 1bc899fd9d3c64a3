package org.outreach.cases;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference people quote on the phone and in letters, such as {@code OC-7K2M-9QXD}. Random, so
 * it reveals neither how many cases exist nor in which order they were opened; Crockford's
 * alphabet, so it survives being read aloud (no I, L, O, U).
 */
public record CaseReference(String value) {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern FORMAT =
      Pattern.compile("OC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public CaseReference {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a case reference: expected OC-XXXX-XXXX");
    }
  }

  public static CaseReference random() {
    StringBuilder reference = new StringBuilder("OC-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return new CaseReference(reference.toString());
  }

  /**
   * The reference a person typed, read as forgivingly as Crockford's alphabet allows: case, spaces
   * and dashes do not matter, the prefix may be left out, O reads as 0 and I or L as 1.
   *
   * @return empty when what was typed cannot be a reference
   */
  public static Optional<CaseReference> parse(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\\u2010-\\u2015]", "");
    if (compact.startsWith("OC") && compact.length() == 10) {
      compact = compact.substring(2);
    }
    if (compact.length() != 8) {
      return Optional.empty();
    }
    String symbols = compact.replace('O', '0').replace('I', '1').replace('L', '1');
    String candidate = "OC-" + symbols.substring(0, 4) + "-" + symbols.substring(4);
    return FORMAT.matcher(candidate).matches()
        ? Optional.of(new CaseReference(candidate))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
