package org.outreach.statistics.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outreach.statistics.InvalidStatisticsRequestException;
import org.outreach.statistics.PublicationStatistics;
import org.outreach.statistics.StatisticsDimension;
import org.outreach.statistics.StatisticsTable;
import org.outreach.statistics.UnpublishableTableException;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code statistics.xhtml}: choose what rows and columns count people by, read the table as
 * it will be published (small cells withheld and protected) and print it or download it as CSV. The
 * choice is in the address ({@code ?rows=&columns=}), so a table can be bookmarked; nothing is
 * counted until rows are chosen, since each count decrypts and is on the audit trail.
 */
@Named
@RequestScoped
public class StatisticsPage {

  @EJB private PublicationStatistics statistics;

  private String rows;
  private String columns;
  private StatisticsTable table;

  /** One line of the table as shown: its category and its cells, totals last. */
  public record Line(String category, boolean total, List<String> cells) {}

  /** Counts the chosen table; a choice that cannot be counted is said, naming the rule. */
  public void load() {
    if (rows == null || rows.isBlank()) {
      return;
    }
    try {
      StatisticsDimension byRows = StatisticsDimension.named("rows", rows);
      StatisticsDimension byColumns =
          columns == null || columns.isBlank()
              ? null
              : StatisticsDimension.named("columns", columns);
      table = statistics.table(byRows, byColumns);
    } catch (InvalidStatisticsRequestException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "statistics.invalid");
    } catch (UnpublishableTableException e) {
      ConsoleTexts.say(
          FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "statistics.unpublishable");
    }
  }

  /** Shows the chosen table: the choice goes into the address. */
  public String count() {
    StringBuilder outcome = new StringBuilder("/statistics?faces-redirect=true&rows=").append(rows);
    if (columns != null && !columns.isBlank()) {
      outcome.append("&columns=").append(columns);
    }
    return outcome.toString();
  }

  public List<String> getDimensions() {
    return Arrays.stream(StatisticsDimension.values())
        .map(StatisticsDimension::parameterValue)
        .toList();
  }

  /** How a small cell is shown. */
  public String getSmallMark() {
    return StatisticsCsv.SMALL;
  }

  public StatisticsTable getTable() {
    return table;
  }

  /** The column headings: the column categories and the total (or "people" for one column). */
  public List<String> getHeadings() {
    List<String> headings = new ArrayList<>();
    for (String key : table.columnKeys()) {
      headings.add(category(table.columns(), key));
    }
    headings.add(
        ConsoleTexts.text(
            ConsoleTexts.DASHBOARD,
            table.columns() == null ? "statistics.people" : "statistics.total"));
    return headings;
  }

  public List<Line> getLines() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < table.cells().size(); i++) {
      boolean total = i >= table.rowKeys().size();
      lines.add(
          new Line(
              total
                  ? ConsoleTexts.text(ConsoleTexts.DASHBOARD, "statistics.total")
                  : category(table.rows(), table.rowKeys().get(i)),
              total,
              table.cells().get(i).stream().map(StatisticsPage::shown).toList()));
    }
    return lines;
  }

  /** The dimension's name in words. */
  public String dimension(String parameterValue) {
    return ConsoleTexts.text(
        ConsoleTexts.DASHBOARD, "statistics.dimension." + parameterValue.toUpperCase(Locale.ROOT));
  }

  /** The CSV of the table on the page, as the REST door serves it. */
  public String getDownloadUrl() {
    StringBuilder url =
        new StringBuilder("api/statistics?rows=").append(table.rows().parameterValue());
    if (table.columns() != null) {
      url.append("&columns=").append(table.columns().parameterValue());
    }
    return url.toString();
  }

  private static String shown(StatisticsTable.Cell cell) {
    return switch (cell.shown()) {
      case COUNT -> Long.toString(cell.count());
      case SMALL -> StatisticsCsv.SMALL;
      case SUPPRESSED -> ConsoleTexts.text(ConsoleTexts.DASHBOARD, "statistics.suppressed");
    };
  }

  /**
   * A category in words: populations and outcomes from the bundle, country codes, languages and
   * facility names as they are.
   */
  private static String category(StatisticsDimension dimension, String key) {
    if (key == null) {
      return ConsoleTexts.text(ConsoleTexts.DASHBOARD, "statistics." + dimension.name() + ".none");
    }
    // populations are named as on the dashboard's funnel
    String prefix =
        switch (dimension) {
          case POPULATION -> "population.";
          case OUTCOME -> "statistics.OUTCOME.";
          default -> null;
        };
    return prefix != null && ConsoleTexts.has(ConsoleTexts.DASHBOARD, prefix + key)
        ? ConsoleTexts.text(ConsoleTexts.DASHBOARD, prefix + key)
        : key;
  }

  public String getRows() {
    return rows;
  }

  public void setRows(String rows) {
    this.rows = rows;
  }

  public String getColumns() {
    return columns;
  }

  public void setColumns(String columns) {
    this.columns = columns;
  }
}
