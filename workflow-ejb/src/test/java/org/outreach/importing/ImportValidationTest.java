package org.outreach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.outreach.registry.ExposedField.A_NUMBER;
import static org.outreach.registry.ExposedField.DATE_OF_BIRTH;
import static org.outreach.registry.ExposedField.DETENTION_LOCATION;
import static org.outreach.registry.ExposedField.NAME;
import static org.outreach.registry.ExposedField.NATIONALITY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.PersonRules;

/** Every file of the bad-file corpus, each with the problem it must be reported with. */
class ImportValidationTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  private final Map<String, UUID> registered = new HashMap<>();
  private int lookups;

  private ValidatedImport validate(InputStream in, ExistingPolicy policy) {
    return new ImportValidation(ImportLimits.DEFAULT, NOW, this::lookup, policy).validate(in);
  }

  private Map<String, UUID> lookup(Collection<String> aNumbers) {
    lookups++;
    Map<String, UUID> found = new HashMap<>();
    aNumbers.forEach(
        aNumber -> {
          if (registered.containsKey(aNumber)) {
            found.put(aNumber, registered.get(aNumber));
          }
        });
    return found;
  }

  private ValidatedImport corpus(String name) {
    return validate(resource(name), ExistingPolicy.REJECT);
  }

  static InputStream resource(String name) {
    InputStream in = ImportValidationTest.class.getResourceAsStream("/import-corpus/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing corpus file " + name));
    }
    return in;
  }

  private static String text(ValidatedImport result) {
    return result.problems().toString();
  }

  @Test
  void aGoodFileHasNoProblemsAndEveryRowIsValid() {
    ValidatedImport result = corpus("good.csv");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).isEqualTo(3);
    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2, 3, 4);
    assertThat(result.validRows().get(0).person().custodyStatus())
        .isEqualTo(CustodyStatus.DETAINED);
    assertThat(result.validRows().get(1).person().contactPoints()).isEmpty();
    assertThat(result.validRows().get(2).person().contactPoints()).hasSize(2);
    assertThat(result.validRows().get(0).person().exposure())
        .containsExactly(NAME, DATE_OF_BIRTH, NATIONALITY, DETENTION_LOCATION, A_NUMBER);
    assertThat(result.validRows().get(1).person().exposure())
        .containsExactly(NAME, DATE_OF_BIRTH, NATIONALITY, DETENTION_LOCATION);
  }

  @Test
  void anEmptyFileIsRejected() {
    ValidatedImport result = corpus("empty.csv");

    assertThat(result.fileRejected()).isTrue();
    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::reason)
        .containsExactly(tuple(0, "the file is empty"));
  }

  @Test
  void aHeaderWithoutRowsIsRejected() {
    assertThat(corpus("header-only.csv").problems())
        .extracting(ImportProblem::reason)
        .containsExactly("the file has a header row but no data rows");
  }

  @Test
  void aSemicolonOrTabSeparatedFileIsRecognisedByItsHeader() {
    assertThat(corpus("semicolon-delimited.csv").problems())
        .extracting(ImportProblem::row, ImportProblem::reason)
        .containsExactly(
            tuple(
                1, "the header is separated by semicolons (;); the file must be comma-separated"));
    assertThat(corpus("tab-delimited.csv").problems())
        .extracting(ImportProblem::reason)
        .containsExactly("the header is separated by tabs; the file must be comma-separated");
  }

  @Test
  void aByteOrderMarkIsRefusedWithAClearMessage() {
    ValidatedImport result = corpus("utf8-bom.csv");

    assertThat(result.fileRejected()).isTrue();
    assertThat(text(result)).contains("byte order mark (BOM)");
  }

  @Test
  void latin1BytesAreReportedWithRowAndByteOffset() throws IOException {
    byte[] bytes = resource("latin1.csv").readAllBytes();
    int firstHigh = 0;
    while ((bytes[firstHigh] & 0xFF) < 0x80) {
      firstHigh++;
    }
    int offset = firstHigh;

    ValidatedImport result = validate(new ByteArrayInputStream(bytes), ExistingPolicy.REJECT);

    assertThat(result.fileRejected()).isTrue();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.row()).isEqualTo(4);
              assertThat(problem.reason())
                  .startsWith("invalid UTF-8 at byte offset " + offset + ";");
            });
  }

  @Test
  void missingExtraAndRepeatedColumnsAreNamedWithoutEchoingUnknownHeaders() {
    assertThat(corpus("missing-column.csv").problems())
        .extracting(ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple("risk_note", "the column is missing from the header"));
    assertThat(corpus("extra-column.csv").problems())
        .extracting(ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple(null, "column 30 of the header is not a documented column name"));
    assertThat(text(corpus("extra-column.csv"))).doesNotContain("favourite");
    assertThat(corpus("duplicate-column.csv").problems())
        .extracting(ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple("family_name", "the column appears more than once"));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsReportedAndTheOthersStillChecked() {
    ValidatedImport result = corpus("wrong-cell-count.csv");

    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::reason)
        .containsExactly(tuple(3, "the row has 31 cells; the header has 30"));
    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2, 4);
    assertThat(result.invalidRows()).isEqualTo(1);
  }

  @Test
  void theExposedFieldsColumnMustBeInTheHeaderEvenWhereNobodysExposureIsKnown() {
    String header = header().replace(",exposed_fields", "");
    String row = goodRow(0).substring(0, goodRow(0).lastIndexOf(','));

    assertThat(validate(bytes(header + "\n" + row + "\n"), ExistingPolicy.REJECT).problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple(1, "exposed_fields", "the column is missing from the header"));
  }

  @Test
  void exposedFieldsAreReadInAnyCaseAndAnEmptyCellRecordsNothing() {
    String file =
        header()
            + "\n"
            + withExposure(goodRow(0), " nationality | Name ")
            + "\n"
            + withExposure(goodRow(1), "")
            + "\n";

    ValidatedImport result = validate(bytes(file), ExistingPolicy.REJECT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.validRows().get(0).person().exposure()).containsExactly(NAME, NATIONALITY);
    assertThat(result.validRows().get(1).person().exposure()).isEmpty();
  }

  @Test
  void eachBadExposedFieldsCellIsNamedByRowColumnAndReasonWithoutItsValue() {
    String file =
        header()
            + "\n"
            + withExposure(goodRow(0), "NAME|passport_number")
            + "\n"
            + withExposure(goodRow(1), "NAME|A_NUMBER|name")
            + "\n"
            + withExposure(goodRow(2), "NAME|PROTECTION_CLAIM")
            + "\n"
            + withExposure(goodRow(2).replaceFirst("^[0-9]+", "991900031"), "NAME||A_NUMBER")
            + "\n";

    ValidatedImport result = validate(bytes(file), ExistingPolicy.REJECT);

    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(
                2,
                "exposed_fields",
                "each value must be one of NAME, DATE_OF_BIRTH, NATIONALITY, DETENTION_LOCATION,"
                    + " A_NUMBER"),
            tuple(3, "exposed_fields", "a value is listed more than once"),
            tuple(
                4,
                "exposed_fields",
                "PROTECTION_CLAIM is not written here; it follows from disclosed_to_government"
                    + " (set that to true)"),
            tuple(5, "exposed_fields", "an empty value between '|' separators"));
    assertThat(result.validRows()).isEmpty();
    assertThat(text(result)).doesNotContain("passport");
  }

  @Test
  void anImpossibleDateIsNotARealDate() {
    assertThat(corpus("impossible-date.csv").problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple(3, "date_of_birth", "not a real date in the form YYYY-MM-DD"));
  }

  @Test
  void aFutureBirthDateIsRefused() {
    assertThat(corpus("future-birth-date.csv").problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(tuple(3, "date_of_birth", "must not be in the future"));
  }

  @Test
  void malformedANumbersAreRefusedWithoutEchoingThem() {
    ValidatedImport result = corpus("malformed-a-number.csv");

    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(2, "a_number"), tuple(3, "a_number"));
    assertThat(text(result)).doesNotContain("12345").doesNotContain("12X45678");
  }

  @Test
  void aRepeatedANumberWithinTheFileMarksEveryOccurrence() {
    ValidatedImport result = corpus("duplicate-a-number.csv");

    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(3, "a_number", "the same A-number is in row(s) 4"),
            tuple(4, "a_number", "the same A-number is in row(s) 3"));
    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2, 5);
  }

  @Test
  void aRegisteredANumberIsADuplicateUnlessTheImportUpdates() {
    UUID existing = UUID.randomUUID();
    registered.put("991801594", existing);

    ValidatedImport plain = validate(resource("good.csv"), ExistingPolicy.REJECT);
    ValidatedImport update = validate(resource("good.csv"), ExistingPolicy.UPDATE);

    assertThat(plain.problems())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(3, "a_number"));
    assertThat(plain.problems().get(0).reason())
        .startsWith("a person with this A-number is registered");
    assertThat(update.problems()).isEmpty();
    assertThat(update.validRows())
        .extracting(ImportRow::row, ImportRow::existingId)
        .containsExactly(tuple(2, null), tuple(3, existing), tuple(4, null));
    assertThat(lookups).isEqualTo(2);
  }

  @Test
  void cellsThatSpreadsheetsWouldRunAsFormulasAreRefusedInEveryColumn() {
    assertThat(corpus("formula-injection.csv").problems())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(
            tuple(2, "family_name"),
            tuple(3, "given_names"),
            tuple(4, "detention_facility"),
            tuple(5, "risk_note"));
    assertThat(text(corpus("formula-injection.csv"))).doesNotContain("HYPERLINK");
  }

  @Test
  void aPhoneInE164FormStartsWithPlusLegitimatelyButAFormulaInThePhoneColumnDoesNot() {
    ValidatedImport good = corpus("good.csv");
    assertThat(good.validRows().get(2).person().contactPoints())
        .anyMatch(point -> point.value().startsWith("+1"));

    String file = header() + "\n" + goodRow(2).replace("+13055550104", "+1+2") + "\n";
    assertThat(validate(bytes(file), ExistingPolicy.REJECT).problems())
        .extracting(ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(
                "phones",
                "starts with =, +, - or @ (or a tab), which spreadsheets run as a formula;"
                    + " phones may start with + and digits only"));
  }

  @Test
  void markupInNamesIsRefused() {
    assertThat(corpus("html-in-name.csv").problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(3, "family_name", "must not contain markup (< or >)"),
            tuple(4, "given_names", "must not contain markup (< or >)"));
  }

  @Test
  void aLineBreakInsideAQuotedNameIsReportedForTheRowAndColumnNeverThrown() {
    ValidatedImport result = corpus("line-break-in-name.csv");

    assertThat(result.fileRejected()).isFalse();
    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2);
    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(3, "family_name", "must not contain control characters"),
            tuple(4, "alternate_names", "must not contain control characters"));
    assertThat(text(result)).doesNotContain("Berhane", "Tesfay", "\u1265\u122d");
  }

  @Test
  void aNameOfTenThousandCharactersIsReportedForTheRowAndColumnNeverThrown() {
    ValidatedImport result = corpus("very-long-name.csv");

    assertThat(result.fileRejected()).isFalse();
    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2);
    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(3, "given_names", "at most 200 characters"),
            tuple(4, "alternate_names", "at most 200 characters"));
    assertThat(text(result)).doesNotContain("HelenHelen", "HelenaHelena");
  }

  @Test
  void bidirectionalControlsInANameOrNoteAreReportedForTheRowAndColumn() {
    ValidatedImport result = corpus("bidi-control-in-name.csv");

    assertThat(result.validRows()).extracting(ImportRow::row).containsExactly(2);
    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
        .containsExactly(
            tuple(3, "family_name", PersonRules.BIDI_RULE),
            tuple(4, "risk_note", PersonRules.BIDI_RULE));
    assertThat(text(result)).doesNotContain("Berhane", "exe", "north");
  }

  @Test
  void anUnclosedQuoteStopsTheFileAtItsRow() {
    ValidatedImport result = corpus("unclosed-quote.csv");

    assertThat(result.fileRejected()).isTrue();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.row()).isEqualTo(3);
              assertThat(problem.reason())
                  .isEqualTo("a quoted cell is not closed before the end of the file");
            });
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWhileStreamingWithoutReadingItAll() {
    long fiftyMegabytes = 50L * 1024 * 1024;
    CountingStream big =
        new CountingStream(header() + "\n", goodRow(0) + "x".repeat(2000) + "\n", fiftyMegabytes);

    ValidatedImport result = validate(big, ExistingPolicy.REJECT);

    assertThat(result.fileRejected()).isTrue();
    assertThat(text(result)).contains("larger than the limit of 10485760 bytes");
    assertThat(big.served).isLessThan(ImportLimits.DEFAULT.maxBytes() + 128 * 1024);
  }

  @Test
  void aFileOverTheRowLimitIsRefusedWhileStreamingWithoutReadingItAll() {
    String row = ",".repeat(ImportColumn.values().length - 1) + "\n";
    CountingStream many = new CountingStream(header() + "\n", row, (long) row.length() * 200_000);

    ValidatedImport result = validate(many, ExistingPolicy.REJECT);

    assertThat(result.fileRejected()).isTrue();
    assertThat(result.problems())
        .extracting(ImportProblem::row, ImportProblem::reason)
        .containsExactly(
            tuple(20_002, "the file has more than 20000 rows after the header; split it"));
    assertThat(many.served).isLessThan((long) row.length() * 25_000);
  }

  @Test
  void reportedProblemsAreCappedButAllAreCounted() {
    StringBuilder file = new StringBuilder(header()).append('\n');
    for (int i = 0; i < 1500; i++) {
      file.append(goodRow(0).replaceFirst("^[0-9]+", "12")).append('\n');
    }

    ValidatedImport result = validate(bytes(file.toString()), ExistingPolicy.REJECT);

    assertThat(result.problems()).hasSize(ImportValidation.MAX_REPORTED_PROBLEMS);
    assertThat(result.problemCount()).isEqualTo(1500);
    assertThat(result.invalidRows()).isEqualTo(1500);
  }

  /** The row with its last cell, exposed_fields, replaced. */
  private static String withExposure(String row, String exposure) {
    return row.substring(0, row.lastIndexOf(',') + 1) + exposure;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String header() {
    return lines()[0];
  }

  private static String goodRow(int index) {
    return lines()[1 + index];
  }

  private static String[] lines() {
    try (InputStream in = resource("good.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A header, then one row repeated up to a size, produced on demand and counting what it gave. */
  private static final class CountingStream extends InputStream {
    private final byte[] header;
    private final byte[] row;
    private final long size;
    private long served;

    CountingStream(String header, String row, long size) {
      this.header = header.getBytes(StandardCharsets.UTF_8);
      this.row = row.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      long position = served++;
      if (position < header.length) {
        return header[(int) position] & 0xFF;
      }
      return row[(int) ((position - header.length) % row.length)] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int count = 0;
      while (count < length) {
        int b = read();
        if (b < 0) {
          return count == 0 ? -1 : count;
        }
        buffer[offset + count++] = (byte) b;
      }
      return count;
    }
  }
}
