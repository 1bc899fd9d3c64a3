package org.outreach.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.cases.CampaignFunnel;
import org.outreach.cases.CaseOutcome;
import org.outreach.mail.outbox.OutboxReport;
import org.outreach.notice.letters.LetterReport;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.operations.FailedJobs;
import org.outreach.tasks.Workload;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleDurations;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code dashboard.xhtml}: each figure is asked of its capability once per request, and the
 * page asks again every 30 seconds ({@code p:poll}), so the numbers stay current without a reload.
 * Every figure is an aggregate query; no person's record is read, so nothing here is audited.
 */
@Named
@RequestScoped
public class DashboardPage {

  /** How soon a hold's end counts as near. */
  static final Duration HOLD_ENDS_WITHIN = Duration.ofDays(7);

  /** How far back the completed tasks are counted. */
  static final Duration DONE_WITHIN = Duration.ofDays(7);

  /** How many days the throughput chart shows. */
  static final int THROUGHPUT_DAYS = 30;

  @EJB private CampaignFunnel funnel;
  @EJB private Workload workload;
  @EJB private OutboxReport outbox;
  @EJB private LetterReport letters;
  @EJB private FailedJobs failedJobs;

  private List<CampaignFunnel.Row> populations;
  private CampaignFunnel.Some removalsDuringHold;
  private CampaignFunnel.Some unreachable;
  private CampaignFunnel.Some holdsEnding;
  private List<Workload.TeamLoad> teams;
  private List<Workload.CaseworkerLoad> caseworkers;
  private List<OutboxReport.Count> messages;
  private Map<LetterStatus, Long> letterCounts;
  private Long outOfTries;
  private List<CampaignFunnel.Day> days;
  private List<Workload.Done> doneByTeam;
  private List<Workload.Done> doneByCaseworker;
  private final String countedAt =
      ConsoleDateTimes.shown(OffsetDateTime.now(ZoneOffset.UTC).withNano(0));

  public List<CampaignFunnel.Row> getPopulations() {
    if (populations == null) {
      populations = funnel.byPopulation();
    }
    return populations;
  }

  /** The funnel's totals over every population. */
  public CampaignFunnel.Row getTotal() {
    List<CampaignFunnel.Row> rows = getPopulations();
    List<Long> closedBy =
        Arrays.stream(CaseOutcome.values())
            .map(outcome -> rows.stream().mapToLong(row -> row.closedWith(outcome)).sum())
            .toList();
    return new CampaignFunnel.Row(
        null,
        null,
        rows.stream().mapToLong(CampaignFunnel.Row::imported).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::opened).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::located).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::noticeProven).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::acknowledged).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::consultationScheduled).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::consultationHeld).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::courtNoticeFiled).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::releaseRequested).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::custodyReleased).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::returned).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::closed).sum(),
        closedBy);
  }

  public CampaignFunnel.Some getRemovalsDuringHold() {
    if (removalsDuringHold == null) {
      removalsDuringHold = workload.removalStops();
    }
    return removalsDuringHold;
  }

  public CampaignFunnel.Some getHoldsEnding() {
    if (holdsEnding == null) {
      holdsEnding = funnel.holdsEndingWithoutFiling(HOLD_ENDS_WITHIN);
    }
    return holdsEnding;
  }

  public List<Workload.TeamLoad> getTeams() {
    if (teams == null) {
      teams = workload.byTeam();
    }
    return teams;
  }

  /** The teams with a task past its due date. */
  public List<Workload.TeamLoad> getOverdueTeams() {
    return getTeams().stream().filter(team -> team.overdue() > 0).toList();
  }

  /** Cases unreachable after a diligent effort, waiting for a supervisor's review. */
  public CampaignFunnel.Some getUnreachable() {
    if (unreachable == null) {
      unreachable = workload.diligentEffortReviews();
    }
    return unreachable;
  }

  /** Failed steps out of tries, which wait for a supervisor ({@code failed-steps.xhtml}). */
  public long getStepsOutOfTries() {
    if (outOfTries == null) {
      outOfTries = failedJobs.outOfTries();
    }
    return outOfTries;
  }

  public List<Workload.CaseworkerLoad> getCaseworkers() {
    if (caseworkers == null) {
      caseworkers = workload.byCaseworker();
    }
    return caseworkers;
  }

  public List<OutboxReport.Count> getMessages() {
    if (messages == null) {
      messages = outbox.counts();
    }
    return messages;
  }

  /** How many letters are in a state. */
  public record LetterCount(LetterStatus status, long letters) {}

  public List<LetterCount> getLetters() {
    if (letterCounts == null) {
      letterCounts = letters.byStatus();
    }
    return letterCounts.entrySet().stream()
        .map(entry -> new LetterCount(entry.getKey(), entry.getValue()))
        .toList();
  }

  /** Tasks completed in the last {@link #DONE_WITHIN} per team, with the median time taken. */
  public List<Workload.Done> getDoneByTeam() {
    if (doneByTeam == null) {
      doneByTeam = workload.completedByTeam(DONE_WITHIN);
    }
    return doneByTeam;
  }

  /** Tasks completed in the last {@link #DONE_WITHIN} per caseworker, most first. */
  public List<Workload.Done> getDoneByCaseworker() {
    if (doneByCaseworker == null) {
      doneByCaseworker = workload.completedByCaseworker(DONE_WITHIN);
    }
    return doneByCaseworker;
  }

  /** A time taken, as the console shows it. */
  public String shown(Duration taken) {
    return ConsoleDurations.shown(taken);
  }

  /** The days of the throughput chart, oldest first. */
  public List<CampaignFunnel.Day> getDays() {
    if (days == null) {
      days = funnel.perDay(THROUGHPUT_DAYS);
    }
    return days;
  }

  /**
   * The throughput chart as Chart.js reads it (PrimeFaces' {@code p:chart}): cases opened, notices
   * proven and cases closed per day, labels in the page's language.
   */
  public String getThroughputChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder opened = Json.createArrayBuilder();
    JsonArrayBuilder proven = Json.createArrayBuilder();
    JsonArrayBuilder closed = Json.createArrayBuilder();
    for (CampaignFunnel.Day day : getDays()) {
      labels.add(shown(day.day()));
      opened.add(day.opened());
      proven.add(day.noticeProven());
      closed.add(day.closed());
    }
    JsonObject chart =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(series("throughput.opened", opened, "#1d70b8"))
                            .add(series("throughput.noticeProven", proven, "#00703c"))
                            .add(series("throughput.closed", closed, "#505a5f"))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("beginAtZero", true)
                                    .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
            .build();
    return chart.toString();
  }

  private static JsonObjectBuilder series(String key, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", ConsoleTexts.text(ConsoleTexts.DASHBOARD, key))
        .add("data", values)
        .add("backgroundColor", colour);
  }

  /** A day as the console shows it. */
  public String shown(LocalDate day) {
    return ConsoleDateTimes.shown(day);
  }

  /** When the figures were counted, in the console's time zone. */
  public String getCountedAt() {
    return countedAt;
  }

  /** A moment as the console shows it. */
  public String shown(OffsetDateTime moment) {
    return moment == null ? "" : ConsoleDateTimes.shown(moment);
  }
}
