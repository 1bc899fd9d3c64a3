package org.outreach.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.outreach.cases.CampaignFunnel;
import org.outreach.mail.outbox.OutboxReport;
import org.outreach.notice.letters.LetterReport;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.tasks.Workload;
import org.outreach.web.ConsoleDateTimes;

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

  @EJB private CampaignFunnel funnel;
  @EJB private Workload workload;
  @EJB private OutboxReport outbox;
  @EJB private LetterReport letters;

  private List<CampaignFunnel.Row> populations;
  private CampaignFunnel.Some removalsDuringHold;
  private CampaignFunnel.Some holdsEnding;
  private List<Workload.TeamLoad> teams;
  private List<Workload.CaseworkerLoad> caseworkers;
  private List<OutboxReport.Count> messages;
  private Map<LetterStatus, Long> letterCounts;
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
    return new CampaignFunnel.Row(
        null,
        rows.stream().mapToLong(CampaignFunnel.Row::opened).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::noticeProven).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::courtNoticeFiled).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::releaseRequested).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::returned).sum(),
        rows.stream().mapToLong(CampaignFunnel.Row::closed).sum());
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

  /** When the figures were counted, in the console's time zone. */
  public String getCountedAt() {
    return countedAt;
  }

  /** A moment as the console shows it. */
  public String shown(OffsetDateTime moment) {
    return moment == null ? "" : ConsoleDateTimes.shown(moment);
  }
}
