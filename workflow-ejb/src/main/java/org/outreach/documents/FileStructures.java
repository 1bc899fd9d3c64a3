package org.outreach.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Recognises PDF, JPEG and PNG files by their signatures and checks that the rest is built like
 * such a file: enough to refuse a file that only starts like one (a truncated upload, a renamed
 * file with a borrowed first line, another file appended), without rendering anything. What is
 * wrong is described by the rule it breaks, never by the bytes found.
 */
final class FileStructures {

  private static final byte[] PDF_SIGNATURE = ascii("%PDF-");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** Where a PDF's end must be: its last {@code %%EOF} within this many bytes of the end. */
  private static final int PDF_TAIL = 1024;

  private static final String JPEG_CUT_OFF = "it ends before its end-of-image marker";

  private FileStructures() {}

  /** The type the file's first bytes announce, if any of the accepted ones. */
  static Optional<DocumentType> signatureOf(byte[] content) {
    if (startsWith(content, PDF_SIGNATURE)) {
      return Optional.of(DocumentType.PDF);
    }
    if (content.length >= 3
        && (content[0] & 0xFF) == 0xFF
        && (content[1] & 0xFF) == 0xD8
        && (content[2] & 0xFF) == 0xFF) {
      return Optional.of(DocumentType.JPEG);
    }
    if (startsWith(content, PNG_SIGNATURE)) {
      return Optional.of(DocumentType.PNG);
    }
    return Optional.empty();
  }

  /** What is wrong with a file of this signature's structure, if anything. */
  static Optional<String> damage(DocumentType type, byte[] content) {
    return Optional.ofNullable(
        switch (type) {
          case PDF -> pdfDamage(content);
          case JPEG -> jpegDamage(content);
          case PNG -> pngDamage(content);
        });
  }

  /**
   * A PDF: a header with a version, and at its end {@code startxref}, the offset of the last
   * cross-reference section (a table or a stream object) and {@code %%EOF}, followed by nothing but
   * white space. A file cut off anywhere loses that end; the offset must point into the file at a
   * cross-reference section.
   */
  private static String pdfDamage(byte[] b) {
    if (b.length < 8
        || !isDigit(b[5])
        || b[6] != '.'
        || !isDigit(b[7])
        || (b.length > 8 && !isPdfWhiteSpace(b[8]) && b[8] != '%')) {
      return "its header has no version";
    }
    int end = b.length;
    while (end > 0 && isPdfWhiteSpace(b[end - 1])) {
      end--;
    }
    byte[] eof = ascii("%%EOF");
    if (end < eof.length || !regionMatches(b, end - eof.length, eof)) {
      return "it does not end with an end-of-file marker (%%EOF): it may be cut off";
    }
    int tailStart = Math.max(0, end - PDF_TAIL);
    int startxref = lastIndexOf(b, ascii("startxref"), tailStart, end - eof.length);
    if (startxref < 0) {
      return "it has no startxref before its end-of-file marker";
    }
    int at = skipWhiteSpace(b, startxref + "startxref".length(), end);
    long offset = 0;
    int digits = 0;
    while (at < end && isDigit(b[at]) && digits < 12) {
      offset = offset * 10 + (b[at] - '0');
      at++;
      digits++;
    }
    if (digits == 0 || skipWhiteSpace(b, at, end) != end - eof.length) {
      return "its startxref is not followed by an offset";
    }
    if (offset < PDF_SIGNATURE.length || offset >= startxref) {
      return "its startxref offset points outside the document";
    }
    if (!startsCrossReference(b, (int) offset, startxref)) {
      return "its startxref offset does not point at a cross-reference section";
    }
    return null;
  }

  /**
   * {@code xref} (a table), or {@code <number> <generation> obj} whose dictionary, before its
   * stream, says {@code /Type /XRef} (a cross-reference stream).
   */
  private static boolean startsCrossReference(byte[] b, int at, int limit) {
    at = skipWhiteSpace(b, at, limit);
    if (regionMatches(b, at, ascii("xref"))) {
      return true;
    }
    int number = digitsAt(b, at, limit);
    if (number == 0) {
      return false;
    }
    at = skipWhiteSpace(b, at + number, limit);
    int generation = digitsAt(b, at, limit);
    if (generation == 0) {
      return false;
    }
    at = skipWhiteSpace(b, at + generation, limit);
    if (!regionMatches(b, at, ascii("obj"))) {
      return false;
    }
    int dictionaryEnd = Math.min(limit, at + PDF_TAIL);
    int stream = indexOf(b, ascii("stream"), at, dictionaryEnd);
    int type = indexOf(b, ascii("/XRef"), at, stream < 0 ? dictionaryEnd : stream);
    return stream >= 0 && type >= 0;
  }

  /**
   * A JPEG: segments with consistent lengths from its start-of-image marker, a frame header (the
   * image's size and components) before the first scan, entropy-coded data after each scan header,
   * and an end-of-image marker as the file's last two bytes. A file cut off anywhere has no end
   * marker; one with a second file appended has data after it.
   */
  private static String jpegDamage(byte[] b) {
    int at = 2;
    boolean frame = false;
    while (true) {
      if (at >= b.length) {
        return JPEG_CUT_OFF;
      }
      if ((b[at] & 0xFF) != 0xFF) {
        return "a segment does not begin with a marker";
      }
      while (at < b.length && (b[at] & 0xFF) == 0xFF) {
        at++; // fill bytes may precede a marker
      }
      if (at >= b.length) {
        return JPEG_CUT_OFF;
      }
      int marker = b[at++] & 0xFF;
      if (marker == 0xD9) {
        return "it ends before any image data";
      }
      if (marker == 0x00 || marker == 0xD8) {
        return "a segment has an invalid marker";
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // markers without a segment
      }
      if (at + 2 > b.length) {
        return JPEG_CUT_OFF;
      }
      int length = unsigned16(b, at);
      if (length < 2 || at + length > b.length) {
        return "a segment is longer than the rest of the file: it may be cut off";
      }
      if (isStartOfFrame(marker)) {
        if (length < 8 || unsigned16(b, at + 5) == 0) {
          return "its frame header has no image width";
        }
        int components = b[at + 7] & 0xFF;
        if (components < 1 || components > 4 || length != 8 + 3 * components) {
          return "its frame header does not describe 1 to 4 colour components";
        }
        frame = true;
      }
      at += length;
      if (marker == 0xDA) {
        if (!frame) {
          return "its image data comes before its frame header";
        }
        int next = afterEntropyCodedData(b, at);
        if (next < 0) {
          return JPEG_CUT_OFF;
        }
        if ((b[next + 1] & 0xFF) == 0xD9) {
          return next + 2 == b.length ? null : "it has data after its end-of-image marker";
        }
        at = next;
      }
    }
  }

  /**
   * The index of the marker that ends a scan's entropy-coded data, or -1 if the file ends first. In
   * the data, 0xFF is followed by 0x00 (a stuffed byte), a restart marker or another 0xFF (fill).
   */
  private static int afterEntropyCodedData(byte[] b, int at) {
    while (at + 1 < b.length) {
      if ((b[at] & 0xFF) != 0xFF) {
        at++;
        continue;
      }
      int next = b[at + 1] & 0xFF;
      if (next == 0xFF) {
        at++;
      } else if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
        at += 2;
      } else {
        return at;
      }
    }
    return -1;
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0
        && marker <= 0xCF
        && marker != 0xC4 // huffman tables
        && marker != 0xC8 // reserved
        && marker != 0xCC; // arithmetic coding conditioning
  }

  /**
   * A PNG: after the signature, chunks of length, type, data and a CRC that matches; an image
   * header first, image data, and an end chunk as the last bytes of the file.
   */
  private static String pngDamage(byte[] b) {
    int at = PNG_SIGNATURE.length;
    boolean first = true;
    boolean data = false;
    while (true) {
      if (at + 12 > b.length) {
        return "it ends before its end chunk (IEND): it may be cut off";
      }
      long length = unsigned32(b, at);
      if (length > b.length - at - 12L) {
        return "a chunk is longer than the rest of the file: it may be cut off";
      }
      String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
      if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return "a chunk has an invalid type";
      }
      CRC32 crc = new CRC32();
      crc.update(b, at + 4, 4 + (int) length);
      if (crc.getValue() != unsigned32(b, at + 8 + (int) length)) {
        return "a chunk's checksum does not match its content";
      }
      int dataAt = at + 8;
      if (first) {
        if (!type.equals("IHDR") || length != 13) {
          return "it does not begin with an image header (IHDR)";
        }
        if (unsigned32(b, dataAt) == 0 || unsigned32(b, dataAt + 4) == 0) {
          return "its image header gives no width or height";
        }
        first = false;
      }
      at = dataAt + (int) length + 4;
      if (type.equals("IDAT")) {
        data = true;
      } else if (type.equals("IEND")) {
        if (!data) {
          return "it has no image data (IDAT)";
        }
        return at == b.length ? null : "it has data after its end chunk (IEND)";
      }
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return regionMatches(content, 0, prefix);
  }

  private static boolean regionMatches(byte[] b, int at, byte[] expected) {
    if (at < 0 || at + expected.length > b.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (b[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] wanted, int from, int before) {
    for (int at = from; at + wanted.length <= before; at++) {
      if (regionMatches(b, at, wanted)) {
        return at;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, byte[] wanted, int from, int before) {
    for (int at = before - wanted.length; at >= from; at--) {
      if (regionMatches(b, at, wanted)) {
        return at;
      }
    }
    return -1;
  }

  private static int digitsAt(byte[] b, int at, int limit) {
    int count = 0;
    while (at + count < limit && isDigit(b[at + count]) && count < 10) {
      count++;
    }
    return count;
  }

  private static int skipWhiteSpace(byte[] b, int at, int limit) {
    while (at < limit && isPdfWhiteSpace(b[at])) {
      at++;
    }
    return at;
  }

  private static boolean isDigit(byte value) {
    return value >= '0' && value <= '9';
  }

  /** White space as PDF defines it: NUL, tab, line feed, form feed, carriage return, space. */
  private static boolean isPdfWhiteSpace(byte value) {
    return value == 0
        || value == '\t'
        || value == '\n'
        || value == '\f'
        || value == '\r'
        || value == ' ';
  }

  private static int unsigned16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  private static long unsigned32(byte[] b, int at) {
    return ((long) (b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
