package org.outreach.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.outreach.audit.UnusualReading;
import org.outreach.cases.CampaignFunnel;
import org.outreach.importing.ImportRecords;
import org.outreach.importing.ImportState;
import org.outreach.mail.outbox.EmailStatus;
import org.outreach.mail.outbox.MailPurpose;
import org.outreach.mail.outbox.OutboxHold;
import org.outreach.mail.outbox.OutboxReport;
import org.outreach.processes.Teams;
import org.outreach.tasks.Workload;
import org.outreach.users.SignInFailures;

/**
 * The campaign's operations figures for a monitoring system, through WildFly's micrometer
 * subsystem, which serves them in Prometheus text format at {@code /metrics} on the management
 * interface: open and overdue tasks per team, failed jobs and incidents, jobs due, email messages
 * per purpose and state and whether an administrator holds them, imports per state, people
 * registered by imports, cases opened, sign-ins refused in the last 15 minutes, accounts that read
 * more people in the last hour than the limit ({@link UnusualReading}). Counts by team, state or
 * purpose only, never a person, a case, an account or an address. The alert rules on them are in
 * monitoring/outreach-alerts.yml.
 *
 * <p>A scrape never reaches the database: the figures are counted every 30 seconds by this bean (as
 * a supervisor, through each capability's own aggregate queries) and the gauges read what was last
 * counted.
 */
@Singleton
@Startup
@RunAs("supervisor")
@DeclareRoles("supervisor")
public class OperationsMetrics {

  private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());

  @Inject private MeterRegistry registry;
  @Inject private ManagementService managementService;
  @EJB private Workload workload;
  @EJB private FailedJobs failedJobs;
  @EJB private OutboxReport outbox;
  @EJB private ImportRecords imports;
  @EJB private CampaignFunnel funnel;
  @EJB private OutboxHold hold;
  @EJB private SignInFailures signInFailures;
  @EJB private UnusualReading unusualReading;

  private final Map<String, AtomicLong> openTasks = new HashMap<>();
  private final Map<String, AtomicLong> overdueTasks = new HashMap<>();
  private final Map<String, AtomicLong> messages = new HashMap<>();
  private final Map<ImportState, AtomicLong> importsByState = new EnumMap<>(ImportState.class);
  private final AtomicLong failedJobsRetrying = new AtomicLong();
  private final AtomicLong incidents = new AtomicLong();
  private final AtomicLong jobsDue = new AtomicLong();
  private final AtomicLong peopleImported = new AtomicLong();
  private final AtomicLong casesOpened = new AtomicLong();
  private final AtomicLong mailHeld = new AtomicLong();
  private final AtomicLong refusedSignIns = new AtomicLong();
  private final AtomicLong unusualReaders = new AtomicLong();

  /** Every metric of ours, by name. */
  static final List<String> NAMES =
      List.of(
          "outreach.tasks.open",
          "outreach.tasks.overdue",
          "outreach.mail.messages",
          "outreach.imports",
          "outreach.jobs.failed",
          "outreach.jobs.incidents",
          "outreach.jobs.due",
          "outreach.imports.people",
          "outreach.cases.opened",
          "outreach.mail.held",
          "outreach.sign.in.failures",
          "outreach.audit.unusual.readers");

  @PostConstruct
  void register() {
    // a gauge holds its figure weakly, and the server keeps the meters of an earlier deployment of
    // this application under the same names: those would read a figure gone (NaN) for ever
    forget();
    for (String team : Teams.ALL) {
      openTasks.put(team, gauge("outreach.tasks.open", "team", team));
      overdueTasks.put(team, gauge("outreach.tasks.overdue", "team", team));
    }
    for (MailPurpose purpose : MailPurpose.values()) {
      for (EmailStatus status : EmailStatus.values()) {
        messages.put(
            purpose.name() + "/" + status.name(),
            gauge("outreach.mail.messages", "purpose", lower(purpose), "state", lower(status)));
      }
    }
    for (ImportState state : ImportState.values()) {
      importsByState.put(state, gauge("outreach.imports", "state", lower(state)));
    }
    register("outreach.jobs.failed", failedJobsRetrying);
    register("outreach.jobs.incidents", incidents);
    register("outreach.jobs.due", jobsDue);
    register("outreach.imports.people", peopleImported);
    register("outreach.cases.opened", casesOpened);
    register("outreach.mail.held", mailHeld);
    register("outreach.sign.in.failures", refusedSignIns);
    register("outreach.audit.unusual.readers", unusualReaders);
  }

  /** Takes this application's meters out of the server's registries when it is undeployed. */
  @PreDestroy
  void forget() {
    for (String name : NAMES) {
      registry.find(name).meters().forEach(registry::remove);
    }
  }

  /**
   * Counts every figure again, then sets the gauges together, so that a scrape during a count reads
   * the last count whole; a failure leaves the last figures and is logged without values.
   */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void count() {
    Map<String, Long> open = new HashMap<>();
    Map<String, Long> overdue = new HashMap<>();
    Map<String, Long> counted = new HashMap<>();
    long outOfTries;
    long withException;
    long due;
    ImportRecords.Totals totals;
    long opened;
    boolean held;
    long refused;
    long unusual;
    try {
      for (Workload.TeamLoad load : workload.byTeam()) {
        if (load.team() != null) {
          open.put(load.team(), load.open());
          overdue.put(load.team(), load.overdue());
        }
      }
      for (OutboxReport.Count count : outbox.counts()) {
        counted.merge(
            count.purpose().name() + "/" + count.status().name(), count.messages(), Long::sum);
      }
      outOfTries = failedJobs.outOfTries();
      withException = managementService.createJobQuery().withException().count();
      due = managementService.createJobQuery().executable().count();
      totals = imports.totals();
      opened = funnel.byPopulation().stream().mapToLong(CampaignFunnel.Row::opened).sum();
      held = hold.state().held();
      refused = signInFailures.lately();
      unusual = unusualReading.lastHour().size();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Operations metrics not counted: {0}", e.getClass().getSimpleName());
      return;
    }
    openTasks.forEach((team, gauge) -> gauge.set(open.getOrDefault(team, 0L)));
    overdueTasks.forEach((team, gauge) -> gauge.set(overdue.getOrDefault(team, 0L)));
    messages.forEach((key, gauge) -> gauge.set(counted.getOrDefault(key, 0L)));
    incidents.set(outOfTries);
    failedJobsRetrying.set(withException - outOfTries);
    jobsDue.set(due);
    importsByState.forEach((state, gauge) -> gauge.set(totals.imports().getOrDefault(state, 0L)));
    peopleImported.set(totals.peopleCreated());
    casesOpened.set(opened);
    mailHeld.set(held ? 1 : 0);
    refusedSignIns.set(refused);
    unusualReaders.set(unusual);
  }

  /**
   * A gauge of a figure, with tags given as name, value, name, value... Registered through {@code
   * MeterRegistry.gauge}, not a {@code Gauge.builder}: the registry WildFly gives a deployment
   * hands the former to the server's registries (so Prometheus serves it) and keeps the latter to
   * itself.
   */
  private AtomicLong gauge(String name, String... tags) {
    return registry.gauge(name, Tags.of(tags), new AtomicLong());
  }

  private String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private void register(String name, AtomicLong figure) {
    registry.gauge(name, Tags.empty(), figure);
  }
}
