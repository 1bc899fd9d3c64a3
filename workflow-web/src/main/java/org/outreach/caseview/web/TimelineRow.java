package org.outreach.caseview.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.outreach.cases.TimelineEntry;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * One entry of a case's timeline in the reader's language: what happened, who recorded it, and its
 * details as label and value.
 */
public class TimelineRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime at;
  private final String what;
  private final String actor;
  private final List<Detail> details;

  /** A detail of an entry, its label and value already in the reader's language. */
  public static final class Detail implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final String value;

    Detail(String label, String value) {
      this.label = label;
      this.value = value;
    }

    public String getLabel() {
      return label;
    }

    public String getValue() {
      return value;
    }
  }

  TimelineRow(TimelineEntry entry) {
    this.at = entry.at();
    String kindKey = "timeline." + entry.kind();
    this.what =
        ConsoleTexts.has(ConsoleTexts.CASES, kindKey)
            ? ConsoleTexts.text(ConsoleTexts.CASES, kindKey)
            : ConsoleTexts.firstText(entry.kind(), ConsoleTexts.CASES, ConsoleTexts.TASKS);
    this.actor = entry.actor();
    this.details =
        entry.facts().stream()
            .map(
                fact ->
                    new Detail(
                        ConsoleTexts.text(ConsoleTexts.CASES, "fact." + fact.label()), shown(fact)))
            .toList();
  }

  /** The fact's value in the reader's language; moments in the campaign's time zone. */
  private static String shown(TimelineEntry.Fact fact) {
    return switch (fact.shape()) {
      case KEY -> ConsoleTexts.firstText(fact.value(), ConsoleTexts.CASES, ConsoleTexts.TASKS);
      case TEXT -> fact.value();
      case MOMENT -> ConsoleDateTimes.shown(OffsetDateTime.parse(fact.value()));
      case DAY -> ConsoleDateTimes.shown(LocalDate.parse(fact.value()));
    };
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public String getWhat() {
    return what;
  }

  /** The staff member's name, or {@code null} for what the server did itself. */
  public String getActor() {
    return actor;
  }

  public List<Detail> getDetails() {
    return details;
  }
}
