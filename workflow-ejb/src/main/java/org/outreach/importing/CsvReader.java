package org.outreach.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict, streaming RFC 4180 reader: comma-separated, {@code "}-quoted cells with doubled inner
 * quotes, CRLF or LF line ends. It checks every byte as it arrives: UTF-8 must be well-formed (the
 * first bad byte is reported with its offset), a byte order mark is refused, and the size and row
 * limits stop reading as soon as they are passed. Lines with nothing on them are skipped but still
 * counted, so row numbers match what an editor shows for files without line breaks inside cells.
 */
public final class CsvReader {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final ImportLimits limits;
  private final byte[] buffer = new byte[BUFFER];
  private int length;
  private int position;
  private long offset;
  private int row;
  private boolean ended;

  // UTF-8 well-formedness (RFC 3629 table 3-7): continuation bytes still expected, and the range
  // the next one must fall in.
  private int continuations;
  private int lowest = 0x80;
  private int highest = 0xBF;
  private long sequenceStart;

  public CsvReader(InputStream in, ImportLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  /** Bytes read so far. */
  long bytesRead() {
    return offset;
  }

  /** The next record, or null at the end of the file. */
  public CsvRecord next() throws IOException, CsvFormatException {
    while (!ended) {
      row++;
      List<String> cells = readRecord();
      if (cells == null) {
        return null;
      }
      if (row - 1 > limits.maxRows()) {
        throw new CsvFormatException(
            row, "the file has more than " + limits.maxRows() + " rows after the header; split it");
      }
      if (cells.size() == 1 && cells.get(0).isEmpty() && !lastRecordHadQuotes) {
        continue;
      }
      return new CsvRecord(row, List.copyOf(cells));
    }
    return null;
  }

  private boolean lastRecordHadQuotes;

  private enum State {
    CELL_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private List<String> readRecord() throws IOException, CsvFormatException {
    List<String> cells = new ArrayList<>();
    ByteArrayOutputStream cell = new ByteArrayOutputStream();
    State state = State.CELL_START;
    boolean anything = false;
    lastRecordHadQuotes = false;
    while (true) {
      int b = nextByte();
      if (b < 0) {
        ended = true;
        if (state == State.QUOTED) {
          throw new CsvFormatException(
              row, "a quoted cell is not closed before the end of the file");
        }
        if (!anything) {
          return null;
        }
        cells.add(text(cell));
        return cells;
      }
      anything = true;
      switch (state) {
        case CELL_START, UNQUOTED -> {
          if (b == ',') {
            cells.add(text(cell));
            state = State.CELL_START;
          } else if (b == '\n') {
            cells.add(text(cell));
            return cells;
          } else if (b == '\r') {
            expectLineFeed();
            cells.add(text(cell));
            return cells;
          } else if (b == '"') {
            if (state == State.UNQUOTED) {
              throw new CsvFormatException(
                  row,
                  "a quote inside an unquoted cell; quote the whole cell and double the quotes"
                      + " inside it");
            }
            lastRecordHadQuotes = true;
            state = State.QUOTED;
          } else {
            cell.write(b);
            state = State.UNQUOTED;
          }
        }
        case QUOTED -> {
          if (b == '"') {
            state = State.QUOTE_IN_QUOTED;
          } else {
            cell.write(b);
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (b == '"') {
            cell.write('"');
            state = State.QUOTED;
          } else if (b == ',') {
            cells.add(text(cell));
            state = State.CELL_START;
          } else if (b == '\n') {
            cells.add(text(cell));
            return cells;
          } else if (b == '\r') {
            expectLineFeed();
            cells.add(text(cell));
            return cells;
          } else {
            throw new CsvFormatException(
                row,
                "characters after the closing quote of a cell; a comma or line end must follow");
          }
        }
      }
    }
  }

  private void expectLineFeed() throws IOException, CsvFormatException {
    int b = nextByte();
    if (b != '\n') {
      throw new CsvFormatException(
          row, "a carriage return not followed by a line feed; use CRLF or LF line ends");
    }
  }

  private static String text(ByteArrayOutputStream cell) {
    String text = cell.toString(StandardCharsets.UTF_8);
    cell.reset();
    return text;
  }

  private int nextByte() throws IOException, CsvFormatException {
    if (position == length) {
      length = in.read(buffer, 0, BUFFER);
      position = 0;
      if (length <= 0) {
        length = 0;
        if (continuations > 0) {
          throw new CsvFormatException(
              row, "invalid UTF-8: the file ends inside a character (byte offset " + offset + ")");
        }
        return -1;
      }
    }
    int b = buffer[position++] & 0xFF;
    if (offset == 0 && b == 0xEF) {
      checkByteOrderMark();
    }
    checkUtf8(b);
    offset++;
    if (offset > limits.maxBytes()) {
      throw new CsvFormatException(
          row,
          "the file is larger than the limit of "
              + limits.maxBytes()
              + " bytes; split it into parts");
    }
    return b;
  }

  private void checkByteOrderMark() throws CsvFormatException {
    if (length - position >= 2
        && (buffer[position] & 0xFF) == 0xBB
        && (buffer[position + 1] & 0xFF) == 0xBF) {
      throw new CsvFormatException(
          1, "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM");
    }
  }

  private void checkUtf8(int b) throws CsvFormatException {
    if (continuations > 0) {
      if (b < lowest || b > highest) {
        throw invalidUtf8(sequenceStart);
      }
      continuations--;
      lowest = 0x80;
      highest = 0xBF;
      return;
    }
    if (b < 0x80) {
      return;
    }
    sequenceStart = offset;
    if (b >= 0xC2 && b <= 0xDF) {
      continuations = 1;
    } else if (b == 0xE0) {
      continuations = 2;
      lowest = 0xA0;
    } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
      continuations = 2;
    } else if (b == 0xED) {
      continuations = 2;
      highest = 0x9F;
    } else if (b == 0xF0) {
      continuations = 3;
      lowest = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      continuations = 3;
    } else if (b == 0xF4) {
      continuations = 3;
      highest = 0x8F;
    } else {
      throw invalidUtf8(offset);
    }
  }

  /** The offset is that of the first byte of the sequence that is not UTF-8, counted from 0. */
  private CsvFormatException invalidUtf8(long at) {
    return new CsvFormatException(
        row,
        "invalid UTF-8 at byte offset "
            + at
            + "; the file must be saved as UTF-8 (it may be Latin-1 or Windows-1252)");
  }
}
