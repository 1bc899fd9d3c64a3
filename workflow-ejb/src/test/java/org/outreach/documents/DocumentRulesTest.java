package org.outreach.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules a file must meet to become a case's document, on real small files of each type ({@code
 * src/test/resources/documents}, see its README) and on files that only pretend to be one.
 */
class DocumentRulesTest {

  private static final String UNSUPPORTED =
      "the file is not a PDF, JPEG or PNG file (its content was checked, not its name or declared"
          + " type)";

  static byte[] resource(String name) {
    try (InputStream in = DocumentRulesTest.class.getResourceAsStream("/documents/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DocumentRefusedException refusal(byte[] content) {
    try {
      DocumentRules.check(content);
    } catch (DocumentRefusedException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  @ParameterizedTest
  @CsvSource({
    "receipt.pdf, PDF",
    "receipt-template.pdf, PDF",
    "receipt.jpg, JPEG",
    "receipt-progressive.jpg, JPEG",
    "receipt.png, PNG"
  })
  void aRealFileOfAnAcceptedTypeIsTakenAsTheTypeItsContentShows(String file, DocumentType type) {
    assertThat(DocumentRules.check(resource(file))).isEqualTo(type);
  }

  @Test
  void anExecutableNamedLikeAPdfIsRefusedAsNoneOfTheTypes() {
    DocumentRefusedException refused = refusal(resource("program-renamed.pdf"));

    assertThat(refused.problem()).isEqualTo(DocumentProblem.UNSUPPORTED_TYPE);
    assertThat(refused).hasMessage(UNSUPPORTED);
    assertThat(refused.claimedType()).isEmpty();
  }

  @Test
  void aTextFileNamedLikeAPngIsRefusedWithoutQuotingIt() {
    DocumentRefusedException refused = refusal(resource("notes-renamed.png"));

    assertThat(refused.problem()).isEqualTo(DocumentProblem.UNSUPPORTED_TYPE);
    assertThat(refused).hasMessage(UNSUPPORTED);
  }

  @Test
  void anEmptyFileIsRefused() {
    DocumentRefusedException refused = refusal(new byte[0]);

    assertThat(refused.problem()).isEqualTo(DocumentProblem.EMPTY);
    assertThat(refused).hasMessage("the file is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"receipt.jpg", "receipt-progressive.jpg", "receipt.png"})
  void anImageCutShortAtAnyByteIsRefusedAsDamaged(String file) {
    byte[] whole = resource(file);
    DocumentType type = DocumentRules.check(whole);

    for (int length = 8; length < whole.length; length++) {
      DocumentRefusedException refused = refusal(Arrays.copyOf(whole, length));
      assertThat(refused.problem())
          .as("cut to %d bytes", length)
          .isEqualTo(DocumentProblem.DAMAGED);
      assertThat(refused.claimedType()).contains(type);
      assertThat(refused.getMessage())
          .startsWith(
              "the file begins as a " + type + " file but is not a complete, well-formed one: ");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"receipt.pdf", "receipt-template.pdf"})
  void aPdfCutShortBeforeItsEndMarkerIsRefusedAsDamaged(String file) {
    byte[] whole = resource(file);
    String text = new String(whole, StandardCharsets.ISO_8859_1);
    int endOfMarker = text.lastIndexOf("%%EOF") + "%%EOF".length();

    for (int length = 8; length < endOfMarker; length++) {
      DocumentRefusedException refused = refusal(Arrays.copyOf(whole, length));
      assertThat(refused.problem())
          .as("cut to %d bytes", length)
          .isEqualTo(DocumentProblem.DAMAGED);
      assertThat(refused.claimedType()).contains(DocumentType.PDF);
    }
    // only the line break after the marker is gone: still whole
    assertThat(DocumentRules.check(Arrays.copyOf(whole, endOfMarker))).isEqualTo(DocumentType.PDF);
  }

  @Test
  void aCutShortPdfIsToldWhy() {
    byte[] whole = resource("receipt.pdf");

    assertThat(refusal(Arrays.copyOf(whole, whole.length / 2)))
        .hasMessage(
            "the file begins as a PDF file but is not a complete, well-formed one: it does not end"
                + " with an end-of-file marker (%%EOF): it may be cut off");
  }

  @ParameterizedTest
  @CsvSource({
    "receipt.jpg, it has data after its end-of-image marker",
    "receipt.png, it has data after its end chunk (IEND)",
    "receipt.pdf, it does not end with an end-of-file marker (%%EOF): it may be cut off"
  })
  void anotherFileAppendedToAnAcceptedOneIsRefused(String file, String why) {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    byte[] whole = resource(file);
    byte[] appended = Arrays.copyOf(whole, whole.length + zip.length);
    System.arraycopy(zip, 0, appended, whole.length, zip.length);

    DocumentRefusedException refused = refusal(appended);

    assertThat(refused.problem()).isEqualTo(DocumentProblem.DAMAGED);
    assertThat(refused.getMessage()).endsWith(": " + why);
  }

  @ParameterizedTest
  @CsvSource({
    "program-renamed.pdf, PDF",
    "program-renamed.pdf, JPEG",
    "program-renamed.pdf, PNG",
    "notes-renamed.png, PDF",
    "notes-renamed.png, PNG"
  })
  void anAcceptedTypesSignatureInFrontOfAnotherFileIsRefusedAsDamaged(
      String file, DocumentType signature) {
    byte[] start =
        switch (signature) {
          case PDF -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
          case JPEG -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
          case PNG -> Arrays.copyOf(resource("receipt.png"), 8);
        };
    byte[] other = resource(file);
    byte[] disguised = Arrays.copyOf(start, start.length + other.length);
    System.arraycopy(other, 0, disguised, start.length, other.length);

    DocumentRefusedException refused = refusal(disguised);

    assertThat(refused.problem()).isEqualTo(DocumentProblem.DAMAGED);
    assertThat(refused.claimedType()).contains(signature);
    assertThat(refused.getMessage()).doesNotContain("receipt").doesNotContain("not a receipt");
  }

  @Test
  void aPngWhoseImageDataWasAlteredFailsItsChecksum() {
    byte[] png = resource("receipt.png");
    int idat = new String(png, StandardCharsets.ISO_8859_1).indexOf("IDAT");
    png[idat + 10] ^= 0x01;

    assertThat(refusal(png).getMessage())
        .endsWith(": a chunk's checksum does not match its content");
  }

  @Test
  void aPdfWhoseStartxrefPointsAtNoCrossReferenceIsRefused() {
    String pdf = new String(resource("receipt-template.pdf"), StandardCharsets.ISO_8859_1);
    int startxref = pdf.lastIndexOf("startxref\n") + "startxref\n".length();
    int end = pdf.indexOf('\n', startxref);
    String moved = pdf.substring(0, startxref) + "15" + pdf.substring(end);

    assertThat(refusal(moved.getBytes(StandardCharsets.ISO_8859_1)).getMessage())
        .endsWith(": its startxref offset does not point at a cross-reference section");
  }

  @Test
  void aJpegWithoutAFrameHeaderBeforeItsImageDataIsRefused() {
    byte[] jpeg = resource("receipt.jpg");
    String text = new String(jpeg, StandardCharsets.ISO_8859_1);
    int frame = text.indexOf("\u00FF\u00C0");
    jpeg[frame + 1] = (byte) 0xE5; // the frame header becomes an application segment

    assertThat(refusal(jpeg).getMessage())
        .endsWith(": its image data comes before its frame header");
  }

  @Test
  void aFileOfExactlyTheLimitIsTakenAndOneByteMoreIsRefusedBeforeItsTypeIsLookedAt() {
    byte[] pdf = resource("receipt.pdf");
    byte[] atLimit = Arrays.copyOf(pdf, (int) DocumentRules.MAX_BYTES);
    Arrays.fill(atLimit, pdf.length, atLimit.length, (byte) '\n'); // white space after %%EOF
    byte[] overLimit = Arrays.copyOf(atLimit, atLimit.length + 1);

    assertThat(DocumentRules.check(atLimit)).isEqualTo(DocumentType.PDF);
    assertThat(refusal(overLimit).problem()).isEqualTo(DocumentProblem.TOO_LARGE);
    assertThat(refusal(new byte[(int) DocumentRules.MAX_BYTES + 1]))
        .hasMessage("the file is larger than the limit of 10485760 bytes (10 MiB)");
  }

  @Test
  void anUploadIsReadToItsEnd() {
    byte[] png = resource("receipt.png");

    assertThat(DocumentRules.read(new ByteArrayInputStream(png))).isEqualTo(png);
  }

  @Test
  void anEndlessUploadIsRefusedOnceItPassesTheLimitWithoutBeingReadFurther() {
    AtomicLong served = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served.incrementAndGet();
            return 'x';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            served.addAndGet(length);
            return length;
          }
        };

    assertThatThrownBy(() -> DocumentRules.read(endless))
        .isInstanceOfSatisfying(
            DocumentRefusedException.class,
            e -> assertThat(e.problem()).isEqualTo(DocumentProblem.TOO_LARGE));
    assertThat(served.get())
        .isBetween(DocumentRules.MAX_BYTES + 1, DocumentRules.MAX_BYTES + 65_536);
  }

  @Test
  void anUploadThatBreaksOffIsUnreadableWithoutTheStreamsMessage() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset while reading receipt of Hernández");
          }
        };

    assertThatThrownBy(() -> DocumentRules.read(broken))
        .isInstanceOf(DocumentUnreadableException.class)
        .hasMessage("the file could not be read to its end; nothing was stored")
        .hasNoCause();
  }
}
