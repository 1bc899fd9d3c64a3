package org.outreach.cases;

import java.security.SecureRandom;
import java.util.Objects;
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

  @Override
  public String toString() {
    return value;
  }
}
