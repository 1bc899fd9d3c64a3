package org.outreach.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import org.outreach.cases.CampaignFunnel;
import org.outreach.cases.CaseOutcome;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.PersonTallies;
import org.outreach.registry.RemovalTiming;

/**
 * People counted for publication (courts, advocates, Congress): by one dimension or two, with
 * totals, small cells withheld and protected ({@link CellSuppression}). Each table counts every
 * person in the registry once; the registry decrypts the nationality or facility only when the
 * table counts by it, and records the tally on the audit trail.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class PublicationStatistics {

  private static final Logger LOG = Logger.getLogger(PublicationStatistics.class.getName());

  /** The outcome of people for whom no case was opened. */
  public static final String NO_CASE = "NO_CASE";

  @EJB private PersonTallies people;
  @EJB private CampaignFunnel cases;

  /**
   * The table of people by {@code rows} and, if given, {@code columns}.
   *
   * @throws InvalidStatisticsRequestException when both are the same dimension
   * @throws UnpublishableTableException when its small cells cannot be protected
   */
  public StatisticsTable table(StatisticsDimension rows, StatisticsDimension columns) {
    Objects.requireNonNull(rows, "rows");
    if (rows == columns) {
      throw new InvalidStatisticsRequestException(
          "columns: must differ from rows; leave it empty for a table of one column");
    }
    boolean nationality =
        rows == StatisticsDimension.NATIONALITY || columns == StatisticsDimension.NATIONALITY;
    boolean facility =
        rows == StatisticsDimension.FACILITY || columns == StatisticsDimension.FACILITY;
    String table = rows.name() + (columns == null ? "" : "." + columns.name());
    List<PersonTallies.Traits> everyone = people.everyone(nationality, facility, table);
    boolean outcome = rows == StatisticsDimension.OUTCOME || columns == StatisticsDimension.OUTCOME;
    Map<UUID, String> standing = outcome ? cases.standingByPerson() : Map.of();
    Function<PersonTallies.Traits, String> rowOf = category(rows, standing);
    Function<PersonTallies.Traits, String> columnOf =
        columns == null ? person -> "" : category(columns, standing);

    List<String> rowKeys = keys(everyone, rowOf, rows);
    List<String> columnKeys = columns == null ? List.of("") : keys(everyone, columnOf, columns);
    Map<String, Integer> rowIndex = index(rowKeys);
    Map<String, Integer> columnIndex = index(columnKeys);
    long[][] counts = new long[rowKeys.size()][columnKeys.size()];
    for (PersonTallies.Traits person : everyone) {
      counts[rowIndex.get(key(rowOf.apply(person)))][
          columnIndex.get(key(columnOf.apply(person)))]++;
    }
    if (rowKeys.isEmpty()) {
      return new StatisticsTable(
          rows,
          columns,
          List.of(),
          columns == null ? List.of() : columnKeys,
          List.of(List.of(StatisticsTable.Cell.of(0, false))));
    }
    long[][] grid = CellSuppression.withTotals(counts);
    boolean[][] withheld = CellSuppression.withheld(grid);
    List<List<StatisticsTable.Cell>> cells = new ArrayList<>();
    int lastColumn = grid[0].length - 1;
    for (int i = 0; i < grid.length; i++) {
      List<StatisticsTable.Cell> line = new ArrayList<>();
      if (columns == null) {
        // one column: the cell and the row's total are the same count
        line.add(StatisticsTable.Cell.of(grid[i][lastColumn], withheld[i][0] || withheld[i][1]));
      } else {
        for (int j = 0; j <= lastColumn; j++) {
          line.add(StatisticsTable.Cell.of(grid[i][j], withheld[i][j]));
        }
      }
      cells.add(List.copyOf(line));
    }
    LOG.info(
        () ->
            "Statistics "
                + table
                + ": "
                + everyone.size()
                + " people in "
                + rowKeys.size()
                + " x "
                + columnKeys.size()
                + " cells");
    return new StatisticsTable(
        rows,
        columns,
        unkeyed(rowKeys),
        columns == null ? List.of() : unkeyed(columnKeys),
        List.copyOf(cells));
  }

  private static Function<PersonTallies.Traits, String> category(
      StatisticsDimension dimension, Map<UUID, String> standing) {
    return switch (dimension) {
      case POPULATION -> PublicationStatistics::population;
      case NATIONALITY -> PersonTallies.Traits::nationality;
      case FACILITY -> PersonTallies.Traits::facility;
      case LANGUAGE -> PersonTallies.Traits::noticeLanguage;
      case OUTCOME -> person -> standing.getOrDefault(person.personId(), NO_CASE);
    };
  }

  /**
   * The population as the dashboard's funnel names it: the custody status, removed people by when
   * they were removed ({@code REMOVED_BEFORE_LEAK_FOUND}, {@code
   * REMOVED_AFTER_LEAK_BEFORE_NOTICE}).
   */
  private static String population(PersonTallies.Traits person) {
    if (person.custody() != CustodyStatus.REMOVED || person.removalTiming() == null) {
      return person.custody().name();
    }
    return CustodyStatus.REMOVED.name() + "_" + person.removalTiming().name();
  }

  /** The categories met, in the dimension's order: enums as declared, the rest alphabetically. */
  private static List<String> keys(
      List<PersonTallies.Traits> everyone,
      Function<PersonTallies.Traits, String> categoryOf,
      StatisticsDimension dimension) {
    TreeSet<String> met = new TreeSet<>(order(dimension));
    for (PersonTallies.Traits person : everyone) {
      met.add(key(categoryOf.apply(person)));
    }
    return List.copyOf(met);
  }

  private static Comparator<String> order(StatisticsDimension dimension) {
    List<String> declared =
        switch (dimension) {
          case POPULATION ->
              List.of(
                  CustodyStatus.DETAINED.name(),
                  CustodyStatus.RELEASED.name(),
                  CustodyStatus.REMOVED.name() + "_" + RemovalTiming.BEFORE_LEAK_FOUND.name(),
                  CustodyStatus.REMOVED.name()
                      + "_"
                      + RemovalTiming.AFTER_LEAK_BEFORE_NOTICE.name(),
                  CustodyStatus.REMOVED.name(),
                  CustodyStatus.UNKNOWN.name());
          case OUTCOME -> {
            List<String> outcomes = new ArrayList<>();
            outcomes.add(CampaignFunnel.OPEN);
            for (CaseOutcome each : CaseOutcome.values()) {
              outcomes.add(each.name());
            }
            outcomes.add(NO_CASE);
            yield outcomes;
          }
          default -> List.of();
        };
    return Comparator.<String>comparingInt(
            key -> key.isEmpty() ? Integer.MAX_VALUE : rank(declared, key))
        .thenComparing(Comparator.naturalOrder());
  }

  private static int rank(List<String> declared, String key) {
    int at = declared.indexOf(key);
    return at < 0 ? declared.size() : at;
  }

  /** A category as a key: people without one are the empty key, sorted last. */
  private static String key(String category) {
    return category == null ? "" : category;
  }

  private static List<String> unkeyed(List<String> keys) {
    List<String> categories = new ArrayList<>(keys.size());
    for (String key : keys) {
      categories.add(key.isEmpty() ? null : key);
    }
    return Collections.unmodifiableList(categories);
  }

  private static Map<String, Integer> index(List<String> keys) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    return index;
  }
}
