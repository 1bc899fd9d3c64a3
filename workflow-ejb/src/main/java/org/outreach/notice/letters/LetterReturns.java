package org.outreach.notice.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.correlation.CaseEvents;

/**
 * Letters that came back undeliverable: each is recorded on the letter and told to its case's
 * process, which records the failed attempt and tries the next channel. One letter at a time, or a
 * list of letter ids (CSV with the column {@code letter_id}, as a mail house sends them back), all
 * or nothing. Supervisors and administrators only.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class LetterReturns {

  /** Rows a list may hold: more than the campaign's letters. */
  static final int MAX_ROWS = 20_000;

  private static final Logger LOG = Logger.getLogger(LetterReturns.class.getName());
  private static final String COLUMN = "letter_id";

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseEvents caseEvents;

  /** What a return did: the letter and whether its process was waiting for the answer. */
  public record Returned(UUID letterId, UUID caseId, boolean processTold) {}

  /**
   * Records one letter as returned undeliverable.
   *
   * @throws UnknownLetterException if there is no such letter
   * @throws LetterStateException if it was not mailed, or is recorded as returned already
   */
  public Returned record(UUID letterId) {
    Letter letter = entityManager.find(Letter.class, letterId);
    if (letter == null) {
      throw new UnknownLetterException("No letter " + letterId);
    }
    String problem = problem(letter);
    if (problem != null) {
      throw new LetterStateException("Letter " + letterId + ": " + problem);
    }
    return returned(letter);
  }

  /**
   * Records every letter of a list as returned, or none: a row that names no letter, a letter not
   * mailed or returned already, or a letter listed twice refuses the whole list.
   *
   * @throws ReturnsRefusedException naming each problem's row and rule
   */
  public List<Returned> recordAll(InputStream csv) {
    List<ReturnsRefusedException.Problem> problems = new ArrayList<>();
    Map<UUID, Integer> rows = read(csv, problems);
    List<Letter> letters = new ArrayList<>();
    for (Map.Entry<UUID, Integer> row : rows.entrySet()) {
      Letter letter = entityManager.find(Letter.class, row.getKey());
      if (letter == null) {
        problems.add(problem(row.getValue(), "no letter has this id"));
      } else if (problem(letter) != null) {
        problems.add(problem(row.getValue(), problem(letter)));
      } else {
        letters.add(letter);
      }
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
      throw new ReturnsRefusedException(problems);
    }
    List<Returned> returned = letters.stream().map(this::returned).toList();
    LOG.info(() -> returned.size() + " returned letters recorded from a list");
    return returned;
  }

  private Returned returned(Letter letter) {
    letter.returned(OffsetDateTime.now(ZoneOffset.UTC));
    boolean told = caseEvents.noticeReturned(letter.caseId());
    LOG.info(
        () ->
            "Letter "
                + letter.id()
                + " returned undeliverable; process of case "
                + letter.caseId()
                + (told ? " told" : " no longer waiting"));
    return new Returned(letter.id(), letter.caseId(), told);
  }

  private static String problem(Letter letter) {
    return switch (letter.status()) {
      case MAILED -> null;
      case RETURNED -> "recorded as returned already";
      default -> "not mailed, so it cannot have come back";
    };
  }

  /** The ids of the list by row; rows that are no id are problems. */
  private static Map<UUID, Integer> read(
      InputStream csv, List<ReturnsRefusedException.Problem> problems) {
    Map<UUID, Integer> rows = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                csv,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String header = reader.readLine();
      if (header == null
          || !unquoted(header.replace("\uFEFF", "")).toLowerCase(Locale.ROOT).equals(COLUMN)) {
        throw new ReturnsRefusedException(
            List.of(
                new ReturnsRefusedException.Problem(1, COLUMN, "the header must be letter_id")));
      }
      int row = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        row++;
        if (row > MAX_ROWS + 1) {
          throw new ReturnsRefusedException(
              List.of(
                  new ReturnsRefusedException.Problem(
                      row, COLUMN, "at most " + MAX_ROWS + " letters a list")));
        }
        String value = unquoted(line);
        if (value.isEmpty()) {
          continue;
        }
        try {
          UUID id = UUID.fromString(value);
          if (!value.equalsIgnoreCase(id.toString())) {
            throw new IllegalArgumentException();
          }
          if (rows.putIfAbsent(id, row) != null) {
            problems.add(problem(row, "listed twice"));
          }
        } catch (IllegalArgumentException e) {
          problems.add(problem(row, "not a letter id"));
        }
      }
    } catch (CharacterCodingException e) {
      throw new ReturnsRefusedException(
          List.of(new ReturnsRefusedException.Problem(1, COLUMN, "the file must be UTF-8")));
    } catch (IOException e) {
      throw new UncheckedIOException("The list of returned letters could not be read", e);
    }
    return rows;
  }

  private static String unquoted(String cell) {
    String value = cell.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1).strip();
    }
    return value;
  }

  private static ReturnsRefusedException.Problem problem(int row, String rule) {
    return new ReturnsRefusedException.Problem(row, COLUMN, rule);
  }
}
