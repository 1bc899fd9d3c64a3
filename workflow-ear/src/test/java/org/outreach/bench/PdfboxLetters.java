package org.outreach.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The peer of the letters benchmark: PDFBox writes the same letters (the same notice texts in the
 * same languages beside English, the same header, A4, the same fonts embedded as subsets, a font
 * per run of characters) and merges them into one batch. It neither shapes nor reorders text, so it
 * does less than the server's renderer; its speed is the yardstick.
 */
final class PdfboxLetters implements AutoCloseable {

  private enum Face {
    LATIN("NotoSans-Regular.ttf"),
    ARABIC("NotoSansArabic-Regular.ttf"),
    DEVANAGARI("NotoSansDevanagari-Regular.ttf"),
    GURMUKHI("NotoSansGurmukhi-Regular.ttf"),
    ETHIOPIC("NotoSansEthiopic-Regular.ttf"),
    CHINESE("NotoSansCJKsc-Regular-GB2312.ttf");

    final String file;

    Face(String file) {
      this.file = file;
    }
  }

  private static final float MARGIN = 70;
  private static final float SIZE = 10;
  private static final float LEADING = 14;

  private final Map<Face, TrueTypeFont> fonts = new EnumMap<>(Face.class);
  private int pages;

  PdfboxLetters() {
    for (Face face : Face.values()) {
      try (InputStream in =
          PdfboxLetters.class.getResourceAsStream(
              "/org/outreach/notice/letters/fonts/" + face.file)) {
        fonts.put(face, new TTFParser().parse(new RandomAccessReadBuffer(in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Writes one letter: its header lines, then each text's title and lines. */
  byte[] letter(List<String> header, List<List<String>> texts) {
    try (PDDocument document = new PDDocument()) {
      Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDPageContentStream content = new PDPageContentStream(document, page);
      float y = PDRectangle.A4.getHeight() - MARGIN;
      List<String> lines = new ArrayList<>(header);
      texts.forEach(lines::addAll);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      for (String paragraph : lines) {
        for (String line : wrap(document, loaded, paragraph, width)) {
          if (y < MARGIN) {
            content.close();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
          }
          show(document, loaded, content, line, MARGIN, y);
          y -= LEADING;
        }
      }
      content.close();
      pages += document.getNumberOfPages();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Merges the letters into one batch document; returns its size in bytes. */
  static long merge(List<byte[]> letters) {
    try {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (byte[] letter : letters) {
        merger.addSource(new RandomAccessReadBuffer(letter));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      merger.setDestinationStream(out);
      merger.mergeDocuments(null);
      return out.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int pages() {
    return pages;
  }

  private List<String> wrap(
      PDDocument document, Map<Face, PDType0Font> loaded, String paragraph, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("(?<= )")) {
      if (line.length() > 0 && width(document, loaded, line + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private float width(PDDocument document, Map<Face, PDType0Font> loaded, String text)
      throws IOException {
    float width = 0;
    for (Run run : runs(text)) {
      width += font(document, loaded, run.face()).getStringWidth(run.text()) / 1000 * SIZE;
    }
    return width;
  }

  private void show(
      PDDocument document,
      Map<Face, PDType0Font> loaded,
      PDPageContentStream content,
      String line,
      float x,
      float y)
      throws IOException {
    content.beginText();
    content.newLineAtOffset(x, y);
    for (Run run : runs(line)) {
      content.setFont(font(document, loaded, run.face()), SIZE);
      content.showText(run.text());
    }
    content.endText();
  }

  private record Run(String text, Face face) {}

  private List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Face face = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Face wanted = faceOf(c, face);
      if (wanted == null) {
        continue; // no font has it (a joiner): PDFBox could not show it
      }
      if (face != null && wanted != face) {
        runs.add(new Run(current.toString(), face));
        current.setLength(0);
      }
      face = wanted;
      current.appendCodePoint(c);
    }
    if (face != null) {
      runs.add(new Run(current.toString(), face));
    }
    return runs;
  }

  private Face faceOf(int c, Face current) {
    try {
      if (current != null && fonts.get(current).getUnicodeCmapLookup().getGlyphId(c) != 0) {
        return current;
      }
      for (Face face : Face.values()) {
        if (fonts.get(face).getUnicodeCmapLookup().getGlyphId(c) != 0) {
          return face;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDType0Font font(PDDocument document, Map<Face, PDType0Font> loaded, Face face)
      throws IOException {
    PDType0Font font = loaded.get(face);
    if (font == null) {
      font = PDType0Font.load(document, fonts.get(face), true);
      loaded.put(face, font);
    }
    return font;
  }

  /** The repository's notice text of a language, placeholders filled, as a title and lines. */
  static List<String> notice(String language, String reference) {
    String path = "/org/outreach/notice/templates/" + language + "/notice.txt";
    try (InputStream in = PdfboxLetters.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{CASE_REFERENCE}", reference)
          .replace("{REMOVAL_HOLD_PERIOD}", "30 days")
          .replace("{COURT_FILING_PERIOD}", "30 days")
          .replace("{OUTREACH_PHONE}", "+1 202 555 0100")
          .replace("{OUTREACH_EMAIL}", "outreach@example.org")
          .strip()
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (TrueTypeFont font : fonts.values()) {
      try {
        font.close();
      } catch (IOException e) {
        // nothing to release beyond memory
      }
    }
  }
}
