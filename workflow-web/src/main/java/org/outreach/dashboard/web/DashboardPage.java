package org.outreach.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
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
import org.outreach.mail.outbox.OutboxHold;
import org.outreach.mail.outbox.OutboxReport;
import org.outreach.notice.letters.LetterReport;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.operations.FailedJobs;
import org.outreach.tasks.Workload;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleDurations;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.SharedFigures;

/**
 * Backs {@code dashboard.xhtml}: every figure is asked of its capability together, once for all
 * supervisors within the shared figures' maximum age ({@link SharedFigures}, 10 seconds unless
 * set), and the page asks again every 30 seconds ({@code p:poll}), so the numbers stay current
 * without a reload; the page says when they were counted. Every figure is an aggregate query; no
 * person's record is read, so nothing here is audited.
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
  @EJB private OutboxHold emailHold;
  @EJB private LetterReport letters;
  @EJB private FailedJobs failedJobs;
  @Inject private SharedFigures shared;

  /** Every figure of the page, counted together. */
  record Figures(
      List<CampaignFunnel.Row> populations,
      CampaignFunnel.Some removalsDuringHold,
      CampaignFunnel.Some holdsEnding,
      CampaignFunnel.Some unreachable,
      long outOfTries,
      List<Workload.TeamLoad> teams,
      List<Workload.CaseworkerLoad> caseworkers,
      List<OutboxReport.Count> messages,
      Map<LetterStatus, Long> letters,
      List<CampaignFunnel.Day> days,
      List<Workload.Done> doneByTeam,
      List<Workload.Done> doneByCaseworker) {}

  private SharedFigures.Counted<Figures> counted;

  /**
   * The page's figures: the same for every supervisor, so counted once for all of them within the
   * shared figures' maximum age ({@link SharedFigures}).
   */
  private Figures figures() {
    if (counted == null) {
      counted =
          shared.of(
              "dashboard",
              () ->
                  new Figures(
                      funnel.byPopulation(),
                      workload.removalStops(),
                      funnel.holdsEndingWithoutFiling(HOLD_ENDS_WITHIN),
                      workload.diligentEffortReviews(),
                      failedJobs.outOfTries(),
                      workload.byTeam(),
                      workload.byCaseworker(),
                      outbox.counts(),
                      letters.byStatus(),
                      funnel.perDay(THROUGHPUT_DAYS, ConsoleDateTimes.zone()),
                      workload.completedByTeam(DONE_WITHIN),
                      workload.completedByCaseworker(DONE_WITHIN)));
    }
    return counted.figures();
  }

  public List<CampaignFunnel.Row> getPopulations() {
    return figures().populations();
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
    return figures().removalsDuringHold();
  }

  public CampaignFunnel.Some getHoldsEnding() {
    return figures().holdsEnding();
  }

  public List<Workload.TeamLoad> getTeams() {
    return figures().teams();
  }

  /** The teams with a task past its due date. */
  public List<Workload.TeamLoad> getOverdueTeams() {
    return getTeams().stream().filter(team -> team.overdue() > 0).toList();
  }

  /** Cases unreachable after a diligent effort, waiting for a supervisor's review. */
  public CampaignFunnel.Some getUnreachable() {
    return figures().unreachable();
  }

  /** Failed steps out of tries, which wait for a supervisor ({@code failed-steps.xhtml}). */
  public long getStepsOutOfTries() {
    return figures().outOfTries();
  }

  public List<Workload.CaseworkerLoad> getCaseworkers() {
    return figures().caseworkers();
  }

  public List<OutboxReport.Count> getMessages() {
    return figures().messages();
  }

  /**
   * Whether an administrator holds outgoing email on every server, and who changed that last, when.
   * Read at each request, never from the shared figures: the administrator who holds it sees it
   * held at once.
   *
   * @param by the account, {@code null} if none ever held or released it
   * @param at when, as the console shows times; {@code null} with {@code by}
   */
  public record EmailHold(boolean held, String by, String at) {}

  private EmailHold hold;

  public EmailHold getEmailHold() {
    if (hold == null) {
      OutboxHold.State state = emailHold.state();
      hold =
          new EmailHold(
              state.held(),
              state.changedBy(),
              state.changedAt() == null ? null : ConsoleDateTimes.shown(state.changedAt()));
    }
    return hold;
  }

  /** Holds outgoing email on every server (administrators). */
  public void holdEmail() {
    emailHold.hold();
    hold = null;
    ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.DASHBOARD, "dispatch.heldNow");
  }

  /** Releases the hold: the waiting messages go within the relay's throttle (administrators). */
  public void releaseEmail() {
    emailHold.release();
    hold = null;
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.DASHBOARD, "dispatch.releasedNow");
  }

  /** How many letters are in a state. */
  public record LetterCount(LetterStatus status, long letters) {}

  public List<LetterCount> getLetters() {
    return figures().letters().entrySet().stream()
        .map(entry -> new LetterCount(entry.getKey(), entry.getValue()))
        .toList();
  }

  /** Tasks completed in the last {@link #DONE_WITHIN} per team, with the median time taken. */
  public List<Workload.Done> getDoneByTeam() {
    return figures().doneByTeam();
  }

  /** Tasks completed in the last {@link #DONE_WITHIN} per caseworker, most first. */
  public List<Workload.Done> getDoneByCaseworker() {
    return figures().doneByCaseworker();
  }

  /** A time taken, as the console shows it. */
  public String shown(Duration taken) {
    return ConsoleDurations.shown(taken);
  }

  /** The days of the throughput chart, oldest first. */
  public List<CampaignFunnel.Day> getDays() {
    return figures().days();
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
    figures();
    return ConsoleDateTimes.shown(counted.countedAt().atOffset(ZoneOffset.UTC).withNano(0));
  }

  /** When the figures were counted, as an instant (for scripts and tests reading the page). */
  public String getCountedInstant() {
    figures();
    return counted.countedAt().toString();
  }

  /** A moment as the console shows it. */
  public String shown(OffsetDateTime moment) {
    return moment == null ? "" : ConsoleDateTimes.shown(moment);
  }
}
