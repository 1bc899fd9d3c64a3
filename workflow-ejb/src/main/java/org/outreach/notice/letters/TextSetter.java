package org.outreach.notice.letters;

import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.notice.letters.LetterFonts.Face;

/**
 * Sets text in lines: breaks a paragraph where the language allows (between words, between Chinese
 * characters), orders each line's runs for display with the Unicode bidirectional algorithm, picks
 * a font per run, and lets OpenPDF's {@link LayoutProcessor} shape each run (Arabic joining and
 * ligatures, Indic conjuncts and vowel signs). The shaper lays a run out in one direction only, so
 * the runs are reordered here: that keeps numbers and Latin words inside Arabic text in their own
 * order.
 *
 * <p>Each line is wrapped in a marked-content span whose {@code /ActualText} is the line's text in
 * logical order, so copying, searching and reading aloud get the words as written rather than the
 * glyphs in display order.
 */
final class TextSetter {

  /** A line of a paragraph: its text in logical order, trailing spaces included. */
  record Line(String text) {}

  /** A piece of text in one font and one direction, as measured. */
  private record Piece(String text, Face face, float width) {}

  private static final int WIDTH_CACHE_LIMIT = 100_000;

  /**
   * What stays one unit, left to right and unbroken: a telephone number with its groups ({@code +1
   * 202 555 0100}), a reference, a date, an address of mail or the web ({@code OR-2025-000123},
   * {@code outreach@example.org}).
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "\\+?[0-9]+(?:[ ./-][0-9]+)+|[\\p{IsLatin}0-9]+(?:[./:@_-]+[\\p{IsLatin}0-9]+)+");

  private static final Map<String, Float> WIDTHS = new ConcurrentHashMap<>();

  private final LetterFonts fonts;
  private final boolean remember;

  /**
   * @param remember whether to keep the widths of words measured: yes for the templates' text,
   *     which every letter in a language repeats; never for a name or an address, which would
   *     otherwise stay in memory for as long as the application runs
   */
  TextSetter(LetterFonts fonts, boolean remember) {
    this.fonts = fonts;
    this.remember = remember;
  }

  /** Breaks a paragraph into lines no wider than {@code width}. */
  List<Line> lines(String paragraph, String language, float size, float width) {
    Face face = LetterFonts.faceOf(language);
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.forLanguageTag(language));
    breaks.setText(paragraph);
    boolean[] inUnit = new boolean[paragraph.length() + 1];
    Matcher unit = UNIT.matcher(paragraph);
    while (unit.find()) {
      for (int i = unit.start() + 1; i < unit.end(); i++) {
        inUnit[i] = true;
      }
    }
    List<Line> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      while (inUnit[end]) {
        end = breaks.next();
      }
      String segment = paragraph.substring(start, end);
      float inked = width(segment.stripTrailing(), face, size);
      if (line.length() > 0 && used + inked > width) {
        lines.add(new Line(line.toString()));
        line.setLength(0);
        used = 0;
      }
      if (line.length() == 0 && inked > width) {
        // a word longer than the line (an address, a long number): split between characters
        for (String part : split(segment, face, size, width)) {
          if (line.length() > 0) {
            lines.add(new Line(line.toString()));
            line.setLength(0);
          }
          line.append(part);
          used = width(part, face, size);
        }
        continue;
      }
      line.append(segment);
      used += width(segment, face, size);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(new Line(line.toString()));
    }
    return lines;
  }

  /**
   * Draws a line with its baseline at {@code y}, starting at {@code x} (left to right) or ending at
   * {@code x + width} (right to left).
   */
  void draw(
      PdfContentByte content,
      Line line,
      String language,
      float size,
      float x,
      float y,
      float width,
      boolean rightToLeft) {
    String text = line.text();
    String visible = text.stripTrailing();
    List<Piece> pieces = visualPieces(visible, LetterFonts.faceOf(language), size, rightToLeft);
    float total = 0;
    for (Piece piece : pieces) {
      total += piece.width();
    }
    PdfDictionary span = new PdfDictionary();
    span.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
    content.beginMarkedContentSequence(PdfName.SPAN, span, true);
    content.beginText();
    float at = rightToLeft ? x + width - total : x;
    for (Piece piece : pieces) {
      content.setFontAndSize(fonts.font(piece.face()), size);
      content.setTextMatrix(at, y);
      content.showText(piece.text());
      at += piece.width();
    }
    content.endText();
    content.endMarkedContentSequence();
  }

  /** The width of a text as it will be drawn (shaped, in its fonts). */
  float width(String text, Face face, float size) {
    float width = 0;
    for (Piece piece : logicalPieces(text, face, size)) {
      width += piece.width();
    }
    return width;
  }

  /** The line's pieces from left to right as they appear on the page. */
  private List<Piece> visualPieces(String text, Face face, float size, boolean rightToLeft) {
    if (text.isEmpty()) {
      return List.of();
    }
    char[] chars = text.toCharArray();
    if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
      return logicalPieces(text, face, size);
    }
    Bidi bidi =
        new Bidi(
            chars,
            0,
            rightToLeft ? numbersKeptTogether(text) : null,
            0,
            chars.length,
            rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    Integer[] runs = new Integer[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      runs[i] = i;
    }
    Bidi.reorderVisually(levels, 0, runs, 0, count);
    List<Piece> pieces = new ArrayList<>();
    for (Integer run : runs) {
      List<Piece> inRun =
          logicalPieces(text.substring(bidi.getRunStart(run), bidi.getRunLimit(run)), face, size);
      if ((bidi.getRunLevel(run) & 1) == 1) {
        // the shaper reverses the text of a right-to-left piece; the pieces themselves are
        // placed right to left here
        inRun = new ArrayList<>(inRun);
        Collections.reverse(inRun);
      }
      pieces.addAll(inRun);
    }
    return pieces;
  }

  /**
   * Embedding levels that keep a telephone number or a date together left to right inside
   * right-to-left text: the bidirectional algorithm alone would put the groups of {@code +1 202 555
   * 0100} in reverse order, since the spaces between them take the paragraph's direction.
   */
  private static byte[] numbersKeptTogether(String text) {
    byte[] levels = new byte[text.length()];
    Matcher unit = UNIT.matcher(text);
    while (unit.find()) {
      for (int i = unit.start(); i < unit.end(); i++) {
        levels[i] = 2;
      }
    }
    return levels;
  }

  /** Splits text into pieces of one font each, in logical order, and measures them. */
  private List<Piece> logicalPieces(String text, Face preferred, float size) {
    List<Piece> pieces = new ArrayList<>(2);
    int start = 0;
    Face current = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Face face;
      if (current != null && !Character.isLetter(c) && fonts.font(current).charExists(c)) {
        face = current; // spaces, digits and punctuation stay in the run's font
      } else {
        face = fonts.faceFor(c, preferred);
        if (face == null) {
          face = current != null ? current : preferred;
        }
      }
      if (current != null && face != current) {
        pieces.add(measured(text.substring(start, i), current, size));
        start = i;
      }
      current = face;
      i += Character.charCount(c);
    }
    if (current != null) {
      pieces.add(measured(text.substring(start), current, size));
    }
    return pieces;
  }

  private Piece measured(String text, Face face, float size) {
    String key = remember ? face.ordinal() + "|" + size + "|" + text : null;
    Float width = remember ? WIDTHS.get(key) : null;
    if (width == null) {
      GlyphVector glyphs = LayoutProcessor.computeGlyphVector(fonts.font(face), size, text);
      width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
      if (remember && text.length() < 64) {
        if (WIDTHS.size() > WIDTH_CACHE_LIMIT) {
          WIDTHS.clear();
        }
        WIDTHS.put(key, width);
      }
    }
    return new Piece(text, face, width);
  }

  private List<String> split(String word, Face face, float size, float width) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < word.length(); ) {
      int next = i + Character.charCount(word.codePointAt(i));
      if (i > start && width(word.substring(start, next), face, size) > width) {
        parts.add(word.substring(start, i));
        start = i;
      }
      i = next;
    }
    parts.add(word.substring(start));
    return parts;
  }
}
