package org.outreach.notice.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.outreach.notice.letters.LetterFonts.Face;

/**
 * Renders one letter as a PDF on A4 for a DL or C5 window envelope (DIN 5008 window: 20 mm from the
 * left, 45 mm from the top, 85 × 45 mm). The window shows the return address and the recipient
 * only: the return address is the neutral one configured, and nothing in the window or on the
 * envelope names the campaign or its subject. The notice follows in the person's language, then in
 * English, each in its own direction. Every font is embedded as a subset.
 *
 * <p>A custody notice is handed over, so it has no window; its text names the person and ends in
 * the receipt form to sign, and the footer's code lets the signed receipt be matched to it.
 */
final class LetterRenderer {

  private static final float WIDTH = PageSize.A4.getWidth();
  private static final float HEIGHT = PageSize.A4.getHeight();
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 25 * MM;
  private static final float RIGHT = WIDTH - 20 * MM;
  private static final float TOP = HEIGHT - 20 * MM;
  private static final float BOTTOM = 25 * MM;
  private static final float WINDOW_LEFT = 22 * MM;
  private static final float WINDOW_TOP = HEIGHT - 47 * MM;
  private static final float WINDOW_WIDTH = 80 * MM;
  private static final float BODY_TOP = HEIGHT - 100 * MM;
  private static final float TEXT_SIZE = 10f;
  private static final float LEADING = 14f;
  private static final float TITLE_SIZE = 13f;
  private static final float SMALL = 7.5f;

  private final LetterFonts fonts;
  private final TextSetter templateText;
  private final TextSetter personalText;

  LetterRenderer(LetterFonts fonts) {
    this.fonts = fonts;
    this.templateText = new TextSetter(fonts, true);
    this.personalText = new TextSetter(fonts, false);
  }

  RenderedDocument render(LetterContent letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    Document document = new Document(PageSize.A4, 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.open();
      Pages pages = new Pages(document, writer, letter.code());
      pages.start();
      float y = letter.addressLines().isEmpty() ? heading(pages, letter) : window(pages, letter);
      y = info(pages.content(), letter, y);
      for (int i = 0; i < letter.texts().size(); i++) {
        if (i > 0) {
          y = rule(pages, y);
        }
        y = text(pages, letter.texts().get(i), y);
      }
      pages.finish();
      document.close();
      return RenderedDocument.of(out.toByteArray(), pages.count);
    } catch (DocumentException e) {
      // the library's message may quote the text it was setting, which holds a name and address
      throw new IllegalStateException(
          "The letter could not be rendered: " + e.getClass().getSimpleName());
    }
  }

  /** The return address line and the recipient, inside the window. Returns where text goes on. */
  private float window(Pages pages, LetterContent letter) {
    PdfContentByte content = pages.content();
    letterhead(content, letter);
    float y = WINDOW_TOP - 10;
    personalLine(content, String.join(" · ", letter.returnAddress()), SMALL, WINDOW_LEFT, y);
    content.setLineWidth(0.3f);
    content.moveTo(WINDOW_LEFT, y - 3);
    content.lineTo(WINDOW_LEFT + WINDOW_WIDTH, y - 3);
    content.stroke();
    y -= 18;
    List<String> recipient = new ArrayList<>();
    recipient.add(letter.recipientName());
    recipient.addAll(letter.addressLines());
    for (String line : recipient) {
      for (TextSetter.Line part : personalText.lines(line, "en", TEXT_SIZE, WINDOW_WIDTH)) {
        personalLine(content, part.text(), TEXT_SIZE, WINDOW_LEFT, y);
        y -= 12.5f;
      }
    }
    return BODY_TOP;
  }

  /** A custody notice: the sender at the top; the text itself names the person. */
  private float heading(Pages pages, LetterContent letter) {
    letterhead(pages.content(), letter);
    return WINDOW_TOP - 10;
  }

  private void letterhead(PdfContentByte content, LetterContent letter) {
    float y = TOP;
    for (String line : letter.returnAddress()) {
      templateText.draw(
          content, new TextSetter.Line(line), "en", SMALL + 0.5f, LEFT, y, RIGHT - LEFT, true);
      y -= 10;
    }
  }

  /** Date, case reference and the letter's code, beside the window (or under the name). */
  private float info(PdfContentByte content, LetterContent letter, float y) {
    boolean beside = !letter.addressLines().isEmpty();
    float x = beside ? 125 * MM : LEFT;
    float top = beside ? WINDOW_TOP - 10 : y;
    String[] lines = {
      "Date: " + letter.date(), "Reference: " + letter.caseReference(), "Letter: " + letter.code()
    };
    for (String line : lines) {
      personalText.draw(content, new TextSetter.Line(line), "en", 9f, x, top, RIGHT - x, false);
      top -= 12;
    }
    return beside ? y : top - LEADING;
  }

  /** One language's title and paragraphs, in that language's direction. */
  private float text(Pages pages, LetterText text, float y) {
    boolean rtl = LetterFonts.rightToLeft(text.language());
    float width = RIGHT - LEFT;
    for (TextSetter.Line line :
        templateText.lines(text.title(), text.language(), TITLE_SIZE, width)) {
      y = pages.room(y, TITLE_SIZE + 6);
      templateText.draw(pages.content(), line, text.language(), TITLE_SIZE, LEFT, y, width, rtl);
      y -= TITLE_SIZE + 6;
    }
    y -= 4;
    for (String paragraph : text.lines()) {
      if (paragraph.isEmpty()) {
        y -= LEADING / 2;
        continue;
      }
      for (TextSetter.Line line :
          templateText.lines(paragraph, text.language(), TEXT_SIZE, width)) {
        y = pages.room(y, LEADING);
        templateText.draw(pages.content(), line, text.language(), TEXT_SIZE, LEFT, y, width, rtl);
        y -= LEADING;
      }
      y -= 3;
    }
    return y;
  }

  private float rule(Pages pages, float y) {
    y = pages.room(y - 6, 3 * LEADING);
    PdfContentByte content = pages.content();
    content.setLineWidth(0.5f);
    content.moveTo(LEFT, y + 6);
    content.lineTo(RIGHT, y + 6);
    content.stroke();
    return y - LEADING;
  }

  /** A line of personal text (name, address) in whatever direction it is written. */
  private void personalLine(PdfContentByte content, String text, float size, float x, float y) {
    boolean rtl = !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    personalText.draw(
        content, new TextSetter.Line(text), rtl ? "ar" : "en", size, x, y, WINDOW_WIDTH, rtl);
  }

  /** Page breaks and the footer with the letter's code and "page n/m". */
  private final class Pages {

    private final Document document;
    private final PdfWriter writer;
    private final String code;
    private final List<PdfTemplate> totals = new ArrayList<>();
    private int count;

    Pages(Document document, PdfWriter writer, String code) {
      this.document = document;
      this.writer = writer;
      this.code = code;
    }

    PdfContentByte content() {
      return writer.getDirectContent();
    }

    void start() {
      count = 1;
      footer();
    }

    void next() {
      document.newPage();
      count++;
      footer();
    }

    /** Where the next line goes: on this page if it fits, else at the top of a new one. */
    float room(float y, float needed) {
      if (y - needed < BOTTOM) {
        next();
        return TOP;
      }
      return y;
    }

    private void footer() {
      String text = code + " · " + count + "/";
      float size = SMALL;
      personalText.draw(
          content(), new TextSetter.Line(text), "en", size, LEFT, 12 * MM, 100, false);
      PdfTemplate total = content().createTemplate(30, 12);
      content().addTemplate(total, LEFT + personalText.width(text, Face.LATIN, size), 12 * MM - 3);
      totals.add(total);
    }

    void finish() {
      for (PdfTemplate total : totals) {
        personalText.draw(
            total, new TextSetter.Line(String.valueOf(count)), "en", SMALL, 0, 3, 30, false);
      }
    }
  }
}
