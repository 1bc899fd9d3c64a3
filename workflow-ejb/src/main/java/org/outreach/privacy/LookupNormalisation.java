package org.outreach.privacy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spelling every value is brought to before its blind index is computed, so that the ways
 * caseworkers and source files write the same A-number, name or date all find the same record.
 * Messages never echo the value given.
 */
public final class LookupNormalisation {

  private static final Pattern A_NUMBER_SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Pd}\u2212]+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc\u02bb`\u00b4]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Lower-case letters that carry no combining mark to strip, yet are commonly typed without. */
  private static final Map<String, String> FOLDS =
      Map.ofEntries(
          Map.entry("\u0131", "i"), // dotless i: Turkish YILDIZ and Yıldız
          Map.entry("\u00df", "ss"),
          Map.entry("\u00f8", "o"),
          Map.entry("\u0142", "l"),
          Map.entry("\u0111", "d"),
          Map.entry("\u00f0", "d"),
          Map.entry("\u0127", "h"),
          Map.entry("\u00fe", "th"),
          Map.entry("\u00e6", "ae"),
          Map.entry("\u0153", "oe"),
          Map.entry("\u03c2", "\u03c3")); // Greek final sigma

  private static final Pattern FOLDABLE =
      Pattern.compile("[" + String.join("", FOLDS.keySet()) + "]");

  private LookupNormalisation() {}

  /**
   * An A-number as nine ASCII digits. Accepts an optional leading {@code A}, spaces and dashes, and
   * any Unicode decimal digits; an eight-digit number gains a leading zero, so {@code A 12-345-678}
   * and {@code 012345678} are the same number.
   *
   * @throws IllegalArgumentException if what remains is not 8 or 9 digits
   */
  public static String aNumber(String raw) {
    Objects.requireNonNull(raw, "A-number");
    String compact =
        A_NUMBER_SEPARATORS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    if (compact.startsWith("A") || compact.startsWith("a")) {
      compact = compact.substring(1);
    }
    StringBuilder digits = new StringBuilder(9);
    for (int i = 0; i < compact.length(); ) {
      int codePoint = compact.codePointAt(i);
      int digit = Character.digit(codePoint, 10);
      if (!Character.isDigit(codePoint) || digit < 0) {
        throw new IllegalArgumentException(
            "A-number: expected 8 or 9 digits, optionally after an 'A', with spaces or dashes");
      }
      digits.append((char) ('0' + digit));
      i += Character.charCount(codePoint);
    }
    return switch (digits.length()) {
      case 8 -> "0" + digits;
      case 9 -> digits.toString();
      default ->
          throw new IllegalArgumentException(
              "A-number: expected 8 or 9 digits, optionally after an 'A', with spaces or dashes");
    };
  }

  /**
   * The tokens of a name, each indexed on its own so that a search by any part finds the record:
   * {@code "José MARÍA"} gives {@code jose}, {@code maria}. Decomposes (NFKD), strips combining
   * marks, lower-cases (root locale), folds the few Latin letters that have no mark to strip
   * ({@code ı ß ø ł đ æ œ ...}), drops apostrophes ({@code O'Brien} is {@code obrien}) and splits
   * at everything that is neither letter nor digit ({@code Jean-Pierre} is {@code jean}, {@code
   * pierre}). Each token appears once, in order of first appearance.
   *
   * <p>Stripping marks only ever merges spellings, never separates them. In scripts that write
   * vowels as combining marks (Devanagari, Gurmukhi) it makes tokens coarser: a lookup returns more
   * candidates to check, never fewer.
   */
  public static List<String> nameTokens(String name) {
    Objects.requireNonNull(name, "name");
    String text = APOSTROPHES.matcher(name).replaceAll("");
    text = Normalizer.normalize(text, Normalizer.Form.NFKD);
    text = MARKS.matcher(text).replaceAll("");
    text = text.toLowerCase(Locale.ROOT);
    text = FOLDABLE.matcher(text).replaceAll(match -> FOLDS.get(match.group()));
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : TOKEN_SEPARATORS.split(text)) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return List.copyOf(tokens);
  }

  /** A date of birth as ISO {@code yyyy-MM-dd}. */
  public static String dateOfBirth(LocalDate date) {
    Objects.requireNonNull(date, "date of birth");
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * A date of birth given as text, which must already be ISO {@code yyyy-MM-dd} and a real date:
   * {@code 03/04/1990} is refused rather than guessed at.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static String dateOfBirth(String isoDate) {
    Objects.requireNonNull(isoDate, "date of birth");
    try {
      return dateOfBirth(LocalDate.parse(isoDate.strip(), DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException e) {
      // The parser's message quotes the text: not chained on purpose.
      throw new IllegalArgumentException("date of birth: expected a real date as yyyy-MM-dd");
    }
  }
}
