package org.outreach.notice.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered letter back with PDFBox, which shares no code with the renderer. */
public final class PdfReading {

  private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+.+");

  /** One line as written: its /ActualText and the glyphs drawn, left to right as on the page. */
  record Span(String actualText, List<TextPosition> glyphs) {

    String glyphText() {
      StringBuilder text = new StringBuilder();
      glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
      return text.toString();
    }
  }

  /** A font of the document: its name, whether it is embedded, whether as a subset. */
  record FontUse(String name, boolean embedded, boolean subset) {}

  private PdfReading() {}

  static List<Span> spans(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Span> spans = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        for (PDMarkedContent content : extractor.getMarkedContents()) {
          List<TextPosition> glyphs = new ArrayList<>();
          for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
              glyphs.add(position);
            }
          }
          glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
          spans.add(new Span(content.getActualText(), glyphs));
        }
      }
      return spans;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's text in logical order: its lines' /ActualText, one after the other. */
  static String logicalText(byte[] pdf) {
    StringBuilder text = new StringBuilder();
    spans(pdf).forEach(span -> text.append(span.actualText()).append('\n'));
    return text.toString();
  }

  static List<FontUse> fonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<FontUse> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collect(page.getResources(), fonts);
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(PDResources resources, List<FontUse> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add(
          new FontUse(
              font.getName(), font.isEmbedded(), SUBSET_NAME.matcher(font.getName()).matches()));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the first page as a PNG for a reviewer to look at. */
  public static Path picture(byte[] pdf, Path file) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
