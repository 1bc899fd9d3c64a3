package org.outreach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import's whole check, from bytes to report, over files made by a seeded generator: the good
 * file of the corpus broken in one to six places at once (a cell replaced by something hostile,
 * cells or rows added, dropped or cut, quotes and line breaks, bytes that are not UTF-8, limits
 * overrun). Whatever it is given, the check answers with a report, never an exception; each problem
 * names a row and a reason, a column only if it is one of the file's, and never repeats a value of
 * the file; rows with and without problems add up.
 *
 * <p>In the suite: {@value #TRIES} files from seed {@value #SEED}. A longer run: {@code ./mvnw -pl
 * workflow-ejb test -Dtest=ImportValidationPropertyTest -Doutreach.property.tries=100000
 * -Doutreach.property.seed=<any number>}; a failure names the seed and the try that broke it.
 */
class ImportValidationPropertyTest {

  static final long SEED = 20261206L;
  static final int TRIES = 400;

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  /** Every value the generator writes carries this, so that a report repeating one is seen. */
  private static final String MARK = "Qz7";

  private static final String[] HOSTILE = {
    MARK + "\"",
    "\"" + MARK + "\"\"",
    MARK + "\n" + MARK,
    "\"" + MARK + "\r\n" + MARK + "\"",
    "=" + MARK + "()",
    "+" + MARK,
    "@" + MARK,
    MARK + "\u202e" + MARK,
    MARK + "\u200d" + MARK,
    MARK + "\u0000",
    MARK + "\ufeff",
    "<script>" + MARK + "</script>",
    MARK + ";" + MARK,
    MARK + "\t",
    "99999" + MARK,
    "2026-02-30" + MARK,
    "9999-99-99",
    "0000-00-00",
    "\uD83D\uDE00" + MARK,
    "",
    " ",
    "\"",
    ",,,,",
    "DETAINED" + MARK,
    "NAME|" + MARK,
    MARK + "|" + MARK + "|",
    MARK + "@" + MARK,
    "+" + MARK + "999",
  };

  private static final String[] COLUMNS = {
    "a_number",
    "family_name",
    "given_names",
    "alternate_names",
    "date_of_birth",
    "nationality",
    "preferred_languages",
    "custody_status",
    "detention_facility",
    "detained_since",
    "released_on",
    "removed_to",
    "removed_on",
    "removal_timing",
    "postal_address",
    "postal_address_safe",
    "phones",
    "phones_safe",
    "emails",
    "emails_safe",
    "partner_organisation",
    "contact_source",
    "contact_as_of",
    "attorney_name",
    "attorney_firm",
    "attorney_email",
    "attorney_address",
    "disclosed_to_government",
    "risk_note",
    "exposed_fields"
  };

  @Test
  void everyFileGetsAReportThatNamesNoValue() {
    long seed = Long.getLong("outreach.property.seed", SEED);
    int tries = Integer.getInteger("outreach.property.tries", TRIES);
    List<String> good = goodLines();
    Random random = new Random(seed);
    int rejected = 0;
    int withRowProblems = 0;
    for (int attempt = 0; attempt < tries; attempt++) {
      byte[] file = broken(good, random);
      String where =
          "seed " + seed + ", try " + attempt + ", file " + HexFormat.of().formatHex(file);
      ValidatedImport result;
      try {
        result = validate(file);
      } catch (RuntimeException e) {
        throw new AssertionError(
            where + ": " + e + " for the file " + HexFormat.of().formatHex(file), e);
      }
      assertThat(result.problemCount()).as(where).isGreaterThanOrEqualTo(result.problems().size());
      if (!result.fileRejected()) {
        assertThat(result.validRows().size() + result.invalidRows())
            .as(where + ": rows with and without problems")
            .isEqualTo(result.rows());
        withRowProblems += result.invalidRows() > 0 ? 1 : 0;
      } else {
        assertThat(result.validRows()).as(where).isEmpty();
        rejected++;
      }
      for (ImportProblem problem : result.problems()) {
        where = where + ", problem " + problem;
        // a row is named by its line in the file (the header's is 1; 0 is the file as a whole)
        assertThat(problem.row()).as(where).isBetween(0, lines(file) + 1);
        assertThat(problem.reason()).as(where).isNotBlank().doesNotContain(MARK);
        if (problem.column() != null) {
          assertThat(problem.column()).as(where).isIn((Object[]) COLUMNS);
        }
      }
    }
    // the generator reaches both kinds of report, not only one
    assertThat(rejected).as("files refused as a whole").isGreaterThan(tries / 20);
    assertThat(withRowProblems).as("files with rows refused").isGreaterThan(tries / 20);
  }

  private static int lines(byte[] file) {
    int lines = 1;
    for (byte b : file) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    return lines;
  }

  private static ValidatedImport validate(byte[] file) {
    return new ImportValidation(
            new ImportLimits(1_000_000, 30),
            NOW,
            ImportValidationPropertyTest::none,
            ExistingPolicy.REJECT)
        .validate(new ByteArrayInputStream(file));
  }

  private static Map<String, UUID> none(Collection<String> aNumbers) {
    return new HashMap<>();
  }

  private static byte[] broken(List<String> good, Random random) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : good) {
      rows.add(new ArrayList<>(List.of(line.split(",", -1))));
    }
    List<byte[]> raw = new ArrayList<>();
    int changes = 1 + random.nextInt(6);
    for (int change = 0; change < changes; change++) {
      int row = random.nextInt(rows.size());
      List<String> cells = rows.get(row);
      if (cells.isEmpty()) {
        cells.add(MARK);
      }
      switch (random.nextInt(10)) {
        case 0, 1, 2, 3 ->
            cells.set(random.nextInt(cells.size()), HOSTILE[random.nextInt(HOSTILE.length)]);
        case 4 -> cells.add(random.nextInt(cells.size() + 1), MARK);
        case 5 -> cells.remove(random.nextInt(cells.size()));
        case 6 -> rows.add(random.nextInt(rows.size() + 1), new ArrayList<>(List.of(MARK)));
        case 7 -> cells.set(random.nextInt(cells.size()), MARK.repeat(1 + random.nextInt(5000)));
        case 8 -> {
          if (rows.size() > 1) {
            rows.remove(random.nextInt(rows.size()));
          }
        }
        default -> {
          byte[] bytes = new byte[1 + random.nextInt(8)];
          random.nextBytes(bytes);
          raw.add(bytes);
        }
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> cells : rows) {
      text.append(String.join(",", cells)).append(random.nextBoolean() ? "\n" : "\r\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (raw.isEmpty()) {
      return bytes;
    }
    // bytes that need not be UTF-8, dropped in at random places
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int from = 0;
    for (byte[] insert : raw) {
      int at = from + random.nextInt(Math.max(1, bytes.length - from));
      out.write(bytes, from, at - from);
      out.writeBytes(insert);
      from = at;
    }
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }

  private static List<String> goodLines() {
    try (InputStream in = ImportValidationTest.resource("good.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(40).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
