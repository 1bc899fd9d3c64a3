package org.outreach.notice.evidence;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof of notice as a PDF for a court: the case reference, who asked for it when and why, and one
 * row per notice or answer with the same facts as the JSON bundle, times in UTC. Its text is
 * English and plain ASCII (codes, times, identifiers and hashes: nothing in a person's language),
 * so the standard Helvetica serves.
 */
public final class EvidencePdf {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font PLAIN = new Font(Font.HELVETICA, 9);
  private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final Font CELL = new Font(Font.HELVETICA, 7);
  private static final Font CODE = new Font(Font.COURIER, 6);

  private EvidencePdf() {}

  /** The bundle as a PDF; {@code jsonSha256} ties it to the JSON given with it. */
  public static byte[] render(EvidenceBundle bundle, String jsonSha256) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Proof of notice " + bundle.caseReference());
      document.open();
      document.add(new Paragraph("Proof of notice: case " + bundle.caseReference(), TITLE));
      document.add(
          new Paragraph(
              "Generated "
                  + TIME.format(bundle.generatedAt())
                  + " for "
                  + bundle.generatedBy()
                  + ", purpose "
                  + bundle.purpose()
                  + ". "
                  + bundle.notices().size()
                  + " record(s). SHA-256 of the JSON bundle given with this document: "
                  + jsonSha256
                  + ".",
              PLAIN));
      document.add(
          new Paragraph(
              "Each row is a notice sent or handed over, or an answer to one. No address, name,"
                  + " number or note is shown; the identifiers and hashes tie each row to the"
                  + " message, batch, document and receipt kept by the server.",
              PLAIN));
      document.add(Chunk.NEWLINE);
      document.add(table(bundle.notices()));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Proof of notice could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable table(List<NoticeProof> notices) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {3, 11, 10, 9, 18, 17, 32});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String head :
        List.of(
            "#",
            "What, channel, recipient",
            "Language, template",
            "State",
            "When",
            "Message-ID / batch",
            "SHA-256 (document / receipt)")) {
      PdfPCell cell = new PdfPCell(new Phrase(head, HEAD));
      cell.setGrayFill(0.9f);
      table.addCell(cell);
    }
    int row = 1;
    for (NoticeProof notice : notices) {
      cell(table, String.valueOf(row++));
      cell(
          table,
          notice.kind() + "\n" + notice.channel() + "\n" + notice.recipientClass(),
          Element.ALIGN_LEFT);
      cell(table, lines(notice.language(), notice.templateVersion()), Element.ALIGN_LEFT);
      cell(
          table,
          notice.acknowledged() == null
              ? notice.state()
              : notice.state() + (notice.acknowledged() ? "\nacknowledged" : "\nnot acknowledged"),
          Element.ALIGN_LEFT);
      cell(table, times(notice), Element.ALIGN_LEFT);
      cell(table, lines(notice.messageId(), notice.batchId()), Element.ALIGN_LEFT, CODE);
      cell(table, lines(notice.documentSha256(), notice.receiptSha256()), Element.ALIGN_LEFT, CODE);
    }
    return table;
  }

  private static String times(NoticeProof notice) {
    List<String> times = new ArrayList<>();
    time(times, "created", notice.created());
    time(times, "sent", notice.sent());
    time(times, "delivered", notice.delivered());
    time(times, "handed over", notice.handedOver());
    time(times, "bounced", notice.bounced());
    time(times, "returned", notice.returned());
    time(times, "failed", notice.failed());
    return String.join("\n", times);
  }

  private static void time(List<String> times, String what, Instant when) {
    if (when != null) {
      times.add(what + " " + TIME.format(when));
    }
  }

  private static String lines(String first, String second) {
    List<String> lines = new ArrayList<>();
    if (first != null) {
      lines.add(first);
    }
    if (second != null) {
      lines.add(second);
    }
    return lines.isEmpty() ? "-" : String.join("\n", lines);
  }

  private static void cell(PdfPTable table, String text) {
    cell(table, text, Element.ALIGN_RIGHT);
  }

  private static void cell(PdfPTable table, String text, int alignment) {
    cell(table, text, alignment, CELL);
  }

  private static void cell(PdfPTable table, String text, int alignment, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "-" : text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    table.addCell(cell);
  }
}
