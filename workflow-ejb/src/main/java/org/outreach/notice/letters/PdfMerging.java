package org.outreach.notice.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes several PDFs as one, page after page, straight to a stream: a batch of thousands of
 * letters is never held in memory at once. Each letter keeps its own font subsets.
 */
final class PdfMerging implements AutoCloseable {

  private final Document document = new Document();
  private final PdfCopy copy;
  private int pages;

  PdfMerging(OutputStream out) {
    try {
      copy = new PdfCopy(document, out);
      document.open();
    } catch (DocumentException e) {
      throw new IllegalStateException("The merged document cannot be started: " + e.getMessage());
    }
  }

  void add(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        copy.addPage(copy.getImportedPage(reader, page));
        pages++;
      }
      copy.freeReader(reader);
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("A letter could not be added to its batch", e);
    } catch (DocumentException e) {
      throw new IllegalStateException(
          "A letter could not be added to its batch: " + e.getMessage());
    }
  }

  int pages() {
    return pages;
  }

  /** Ends the document; at least one page must have been added. */
  @Override
  public void close() {
    document.close();
  }
}
