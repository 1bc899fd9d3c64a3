package org.outreach.notice.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The words no text that travels by email may hold, in any of its languages: the list kept in the
 * repository ({@code unsafe-words.txt} beside the texts), in every language notices are kept in.
 * Each entry is the stem of a word (or a phrase) and is looked for anywhere in the text, so its
 * inflected forms and compounds are caught too, also where a script joins words (Arabic prefixes,
 * Chinese). Text and entries are compared folded: compatibility forms, case, accents and vowel
 * marks, joiners and the letter variants of Arabic, Persian and Pashto are made equal ({@link
 * #fold(String)}). A false alarm refuses a text, which is the safe way to fail.
 */
public final class SafeWording {

  /** Where the list lives, beside the texts. */
  static final String RESOURCE = "unsafe-words.txt";

  private static final SafeWording REPOSITORY = load();

  /**
   * One entry of the list: the word as written there, its language section, its folded form, and
   * whether it counts only at the start of a word (written {@code ^пытк}: torture, but not the
   * {@code попытка}, attempt, that holds it).
   */
  public record Word(String written, String language, String folded, boolean wordStart) {

    boolean in(String foldedText) {
      for (int at = foldedText.indexOf(folded); at >= 0; at = foldedText.indexOf(folded, at + 1)) {
        if (!wordStart || at == 0 || !Character.isLetter(foldedText.codePointBefore(at))) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Word> words;

  SafeWording(List<Word> words) {
    this.words = List.copyOf(words);
  }

  /** The list kept in the repository. */
  public static SafeWording fromRepository() {
    return REPOSITORY;
  }

  public List<Word> words() {
    return words;
  }

  /** The first word of the list the text holds, if any. */
  public Optional<Word> firstIn(String text) {
    String folded = fold(text);
    return words.stream().filter(word -> word.in(folded)).findFirst();
  }

  /** Every word of the list the text holds. */
  public List<Word> allIn(String text) {
    String folded = fold(text);
    return words.stream().filter(word -> word.in(folded)).toList();
  }

  /**
   * The form text and entries are compared in: NFKC, lower case, no combining marks (accents,
   * Arabic vowel marks and hamza seats; in Indic scripts the nukta alone), no format characters
   * (joiners, soft hyphens, direction marks) or tatweel, one variant of the letters Arabic, Persian
   * and Pashto write differently (yeh, kaf, gaf, teh marbuta), dotless i as i, and runs of white
   * space as one space.
   */
  public static String fold(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = false;
    Character.UnicodeScript base = Character.UnicodeScript.COMMON;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.FORMAT || c == 0x0640 || dropped(c, type, base)) {
        continue;
      }
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
        base = Character.UnicodeScript.of(c);
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && folded.length() > 0) {
        folded.append(' ');
      }
      space = false;
      folded.appendCodePoint(variant(c));
    }
    return folded.toString();
  }

  /**
   * Marks that only decorate a letter go; in Indic scripts the vowel signs are letters' sounds and
   * stay (without them जेल, jail, would read जल, water), only the nukta goes.
   */
  private static boolean dropped(int c, int type, Character.UnicodeScript base) {
    if (type == Character.ENCLOSING_MARK) {
      return true;
    }
    if (type != Character.NON_SPACING_MARK) {
      return false;
    }
    return switch (base) {
      case DEVANAGARI, GURMUKHI -> c == 0x093C || c == 0x0A3C;
      default -> true;
    };
  }

  private static int variant(int c) {
    return switch (c) {
      case 0x0131 -> 'i'; // dotless i
      case 0x0649, 0x06CC, 0x06D0, 0x06CD, 0x06D2 -> 0x064A; // alef maksura, Persian, Pashto yeh
      case 0x06A9 -> 0x0643; // keheh (Persian kaf) as Arabic kaf
      case 0x06AB -> 0x06AF; // Pashto gaf as Persian gaf
      case 0x0629 -> 0x0647; // teh marbuta as heh
      default -> c;
    };
  }

  /**
   * Reads a list: a section {@code [es]} per language, one entry a line ({@code ^} before it: only
   * at the start of a word), {@code #} starts a comment.
   *
   * @throws IllegalStateException naming the line for an entry outside a section or folded to fewer
   *     than two characters (it would match almost anything)
   */
  static SafeWording parse(String list) {
    List<Word> words = new ArrayList<>();
    String language = null;
    String[] lines = list.split("\n", -1);
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      int comment = line.indexOf('#');
      String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        language = entry.substring(1, entry.length() - 1).strip();
        continue;
      }
      if (language == null) {
        throw new IllegalStateException(
            RESOURCE + " line " + number + ": an entry before any [language]");
      }
      boolean wordStart = entry.startsWith("^");
      String folded = fold(wordStart ? entry.substring(1) : entry);
      if (folded.codePointCount(0, folded.length()) < 2) {
        throw new IllegalStateException(
            RESOURCE + " line " + number + ": an entry this short would match almost anything");
      }
      words.add(new Word(wordStart ? entry.substring(1) : entry, language, folded, wordStart));
    }
    return new SafeWording(words);
  }

  private static SafeWording load() {
    try (InputStream in = SafeWording.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, RESOURCE + " is missing");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
