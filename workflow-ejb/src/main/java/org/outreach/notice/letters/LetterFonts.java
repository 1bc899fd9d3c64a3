package org.outreach.notice.letters;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The fonts letters are set in, shipped inside the application (see {@code fonts/OFL.txt}), and the
 * shaping switched on for them. OpenPDF's {@link LayoutProcessor} keeps its state in statics of its
 * class, which the application's own class loader holds: one set of fonts per deployment, loaded
 * once and shared by every rendering thread (a {@link BaseFont} only records glyph use per
 * document, in the document's writer).
 *
 * <p>The shaper reads each font from a file, so the fonts are copied once into a private temporary
 * directory; nothing personal is ever written there.
 */
final class LetterFonts {

  /** A font for one family of scripts. The order is the fallback order for a character. */
  enum Face {
    LATIN("NotoSans-Regular.ttf"),
    ARABIC("NotoSansArabic-Regular.ttf"),
    DEVANAGARI("NotoSansDevanagari-Regular.ttf"),
    GURMUKHI("NotoSansGurmukhi-Regular.ttf"),
    ETHIOPIC("NotoSansEthiopic-Regular.ttf"),
    CHINESE("NotoSansCJKsc-Regular-GB2312.ttf");

    private final String file;

    Face(String file) {
      this.file = file;
    }
  }

  private static volatile LetterFonts shared;

  private final BaseFont[] fonts = new BaseFont[Face.values().length];

  private LetterFonts() {
    try {
      Path directory = Files.createTempDirectory("outreach-letter-fonts");
      directory.toFile().deleteOnExit();
      if (!LayoutProcessor.isEnabled()) {
        // no optional ligatures or kerning: the text a reader copies stays the text written;
        // the ligatures Arabic requires and the Indic conjuncts are applied regardless
        LayoutProcessor.enable();
      }
      for (Face face : Face.values()) {
        Path file = directory.resolve(face.file);
        byte[] bytes;
        try (InputStream in = LetterFonts.class.getResourceAsStream("fonts/" + face.file)) {
          if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + face.file);
          }
          bytes = in.readAllBytes();
        }
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        // the glyphs come from memory (subsetting reads the font for every document, and reading
        // a file goes byte by byte); the shaper, loaded here too, reads the file once
        BaseFont font =
            BaseFont.createFont(
                file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        font.setSubset(true);
        fonts[face.ordinal()] = font;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The letter fonts cannot be loaded", e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("The letter fonts cannot be loaded: " + e.getMessage());
    }
  }

  static LetterFonts shared() {
    LetterFonts fonts = shared;
    if (fonts == null) {
      synchronized (LetterFonts.class) {
        fonts = shared;
        if (fonts == null) {
          fonts = new LetterFonts();
          shared = fonts;
        }
      }
    }
    return fonts;
  }

  BaseFont font(Face face) {
    return fonts[face.ordinal()];
  }

  /** The face a language is written in first; everything else falls back in {@link Face} order. */
  static Face faceOf(String language) {
    return switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
      case "ar", "fa", "ps", "ur" -> Face.ARABIC;
      case "hi", "mr", "ne" -> Face.DEVANAGARI;
      case "pa" -> Face.GURMUKHI;
      case "ti", "am" -> Face.ETHIOPIC;
      case "zh" -> Face.CHINESE;
      default -> Face.LATIN;
    };
  }

  /** Whether a language is written right to left. */
  static boolean rightToLeft(String language) {
    return faceOf(language) == Face.ARABIC;
  }

  /** Whether some face has a glyph for every character of {@code text}. */
  boolean covers(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c) || Character.isISOControl(c) || faceFor(c, null) != null);
  }

  /** The face to draw {@code codePoint} in, preferring {@code preferred}; null if none has it. */
  Face faceFor(int codePoint, Face preferred) {
    if (preferred != null && font(preferred).charExists(codePoint)) {
      return preferred;
    }
    for (Face face : Face.values()) {
      if (font(face).charExists(codePoint)) {
        return face;
      }
    }
    return null;
  }
}
