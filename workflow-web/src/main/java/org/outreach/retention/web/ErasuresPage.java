package org.outreach.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreach.retention.ErasedCaseView;
import org.outreach.retention.ErasureReport;
import org.outreach.retention.RetentionHolds;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Pager;

/**
 * Backs {@code erasures.xhtml}: the cases whose personal data the retention job erased, the latest
 * first, {@value #PAGE} a page, with the retention period in force.
 */
@Named
@ViewScoped
public class ErasuresPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  /** The most holds the page lists. */
  static final int HOLDS_SHOWN = 200;

  @EJB private ErasureReport report;
  @EJB private RetentionHolds holds;

  private final Pager pager = new Pager(PAGE);
  private List<Row> rows;
  private List<HeldRow> held;
  private long heldCount;

  /** A case kept past the retention period, as the page shows it. */
  public record HeldRow(String reference, String reason, String placedBy, String placedAt)
      implements Serializable {}

  /** One erased case as the page shows it. */
  public record Row(
      String reference,
      String population,
      String outcome,
      String closedAt,
      String erasedAt,
      int records,
      int documents,
      int processes,
      String kinds)
      implements Serializable {}

  public List<Row> getRows() {
    if (rows == null) {
      pager.total(report.count());
      rows = report.page(pager.first(), PAGE).stream().map(ErasuresPage::row).toList();
    }
    return rows;
  }

  private static Row row(ErasedCaseView erased) {
    return new Row(
        erased.reference(),
        erased.population(),
        erased.outcome(),
        ConsoleDateTimes.shown(erased.closedAt().atOffset(ZoneOffset.UTC)),
        ConsoleDateTimes.shown(erased.erasedAt().atOffset(ZoneOffset.UTC)),
        erased.records(),
        erased.documents(),
        erased.processes(),
        kinds(erased.kinds()));
  }

  /** The kinds erased in the page's language, each with its count. */
  private static String kinds(Map<String, Integer> kinds) {
    return kinds.entrySet().stream()
        .map(
            entry ->
                ConsoleTexts.text(ConsoleTexts.DASHBOARD, "erased.kind." + entry.getKey())
                    + " "
                    + entry.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * The cases kept past the retention period, the latest hold first, at most {@value #HOLDS_SHOWN}.
   */
  public List<HeldRow> getHeld() {
    if (held == null) {
      heldCount = holds.count();
      held =
          holds.page(0, HOLDS_SHOWN).stream()
              .map(
                  hold ->
                      new HeldRow(
                          hold.caseReference(),
                          ConsoleTexts.text(
                              ConsoleTexts.CASES, "retentionHold.reason." + hold.reason().name()),
                          hold.placedBy(),
                          ConsoleDateTimes.shown(hold.placedAt().atOffset(ZoneOffset.UTC))))
              .toList();
    }
    return held;
  }

  /** How many cases are kept past the retention period. */
  public long getHeldCount() {
    getHeld();
    return heldCount;
  }

  /** The retention period in force ({@code P3Y}). */
  public String getPeriod() {
    return report.period();
  }

  public void next() {
    if (pager.next()) {
      rows = null;
    }
  }

  public void previous() {
    if (pager.previous()) {
      rows = null;
    }
  }

  /** Where the list stands, the page read first. */
  public Pager getPager() {
    getRows();
    return pager;
  }
}
