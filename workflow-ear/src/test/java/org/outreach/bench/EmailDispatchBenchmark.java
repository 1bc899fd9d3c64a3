package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.NoticeChannel;
import org.outreach.it.support.ApprovedTexts;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.mail.outbox.OutboxDispatcher;
import org.outreach.mail.outbox.OutboxSettings;
import org.outreach.notice.NoticeDispatch;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateType;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;

/**
 * Sends {@code outreach.bench.emails} email notices (6,000 by default, for {@value #CASES} cases in
 * turn) end to end on the server (written to the outbox as the sending step writes them, then
 * taken, addressed from the registry, sent to the loopback SMTP sink and recorded SENT by the
 * dispatcher), with the throttle lifted; then, in the same run, a plain Jakarta Mail loop sends as
 * many messages of the same size to the same sink over one reused connection of the server's mail
 * session, and the bare engine runs as many asynchronous no-op jobs on the same database. Prints
 * the rates of the three and the ratios, and writes them to {@code
 * target/benchmark/email-<database>.txt}. A smaller run first warms both up. The people are
 * detained, so their own processes wait for a hand delivery and send nothing; their first steps are
 * worked off before anything is timed.
 */
@ExtendWith(ArquillianExtension.class)
class EmailDispatchBenchmark {

  private static final int WARM_UP = 500;

  /**
   * The cases the notices are written for, in turn: registering and opening a case costs far more
   * than a notice, and the dispatcher's work per notice (take, address, send, record) is the same
   * whether two notices share a case or not.
   */
  private static final int CASES = 200;

  private static final int CHUNK = 200;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(EmailDispatchBenchmark.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject NoticeDispatch noticeDispatch;
  @Inject AsSystem asSystem;
  @Inject OutboxDispatcher dispatcher;
  @Inject TemplateReview templateReview;
  @Inject ManagementService managementService;
  @Inject RepositoryService repositoryService;
  @Inject RuntimeService runtimeService;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  @PersistenceContext(unitName = "outreach")
  EntityManager entityManager;

  @Resource UserTransaction transaction;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Resource(lookup = "java:jboss/mail/Outreach")
  Session mailSession;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void emailNoticesEndToEndBesideAPlainMailLoop() throws Exception {
    int emails = Integer.getInteger("outreach.bench.emails", 6000);
    String database = database();
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    asAdmin.run(() -> ApprovedTexts.approveLatest(templateReview, TemplateType.NEUTRAL_EMAIL));
    System.setProperty(OutboxSettings.PER_MINUTE, "1000000000");
    try {
      List<UUID> cases = casesWithSafeEmail(CASES);
      awaitNoJobsDue();

      double warmUpOutbox = outboxRate(cases, WARM_UP);
      double warmUpPlain = plainRate(WARM_UP);
      double warmUpEngine = bareEngineRate(WARM_UP);
      double outbox = outboxRate(cases, emails);
      double plain = plainRate(emails);
      double engine = bareEngineRate(emails);

      String report =
          String.format(
              Locale.ROOT,
              "Email dispatch benchmark on %s, %d email notices, %d cores%n"
                  + "  outbox end to end (written, taken, addressed, sent, recorded)  %8.1f notices/s%n"
                  + "  plain Jakarta Mail loop, one reused connection                 %8.1f messages/s%n"
                  + "  bare engine, one asynchronous no-op step per instance          %8.1f jobs/s%n"
                  + "  ratio outbox / plain loop: %.2f%n"
                  + "  ratio outbox / bare engine: %.2f%n"
                  + "  (warm-up, %d each: outbox %.1f/s, plain %.1f/s, engine %.1f/s)%n",
              database,
              emails,
              Runtime.getRuntime().availableProcessors(),
              outbox,
              plain,
              engine,
              outbox / plain,
              outbox / engine,
              WARM_UP,
              warmUpOutbox,
              warmUpPlain,
              warmUpEngine);
      System.out.print(report);
      Files.writeString(directory.resolve("email-" + database + ".txt"), report);
      assertThat(outbox).isPositive();
    } finally {
      System.clearProperty(OutboxSettings.PER_MINUTE);
      System.clearProperty(OutboxSettings.PAUSED);
    }
  }

  /**
   * Writes {@code notices} email notices for the cases in turn, as the sending step does (in
   * transactions of {@value #CHUNK}), while the outbox is paused; then times the dispatcher from
   * unpausing until every one is SENT.
   */
  private double outboxRate(List<UUID> cases, int notices) throws Exception {
    System.setProperty(OutboxSettings.PAUSED, "true");
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    for (int from = 0; from < notices; from += CHUNK) {
      transaction.begin();
      for (int i = from; i < Math.min(from + CHUNK, notices); i++) {
        UUID caseId = cases.get(i % cases.size());
        asSystem.run(() -> noticeDispatch.send(caseId, NoticeChannel.EMAIL, "es"));
      }
      transaction.commit();
    }
    long started = System.nanoTime();
    System.clearProperty(OutboxSettings.PAUSED);
    while (unsent(since) > 0) {
      asSystem.get(dispatcher::dispatch);
    }
    return notices / ((System.nanoTime() - started) / 1e9);
  }

  /** The same number of messages of the notice's size over one reused connection. */
  private double plainRate(int messages) throws Exception {
    String body = "x".repeat(600);
    long started = System.nanoTime();
    try (Transport transport = mailSession.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < messages; i++) {
        MimeMessage message = new MimeMessage(mailSession);
        message.setRecipient(
            Message.RecipientType.TO, new InternetAddress("plain-" + run + "@outreach.test"));
        message.setSubject("A letter for you", StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
    return messages / ((System.nanoTime() - started) / 1e9);
  }

  /**
   * The bare engine's job rate on the same database and job executor: a process whose only step is
   * an asynchronous no-op, {@code jobs} instances started while its job definition is suspended (so
   * none runs while they are written), then timed from releasing them until no job of it is left.
   * One more instance started after the release wakes the job executor, as a new job does.
   */
  private double bareEngineRate(int jobs) throws Exception {
    String key = "benchBare" + UUID.randomUUID().toString().replace("-", "");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask()
            .camundaAsyncBefore()
            .camundaExpression("${true}")
            .endEvent()
            .done();
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    managementService.suspendJobDefinitionByProcessDefinitionKey(key);
    for (int from = 0; from < jobs; from += CHUNK) {
      transaction.begin();
      for (int i = from; i < Math.min(from + CHUNK, jobs); i++) {
        runtimeService.startProcessInstanceByKey(key);
      }
      transaction.commit();
    }
    long started = System.nanoTime();
    managementService.activateJobDefinitionByProcessDefinitionKey(key, true);
    runtimeService.startProcessInstanceByKey(key);
    while (managementService.createJobQuery().processDefinitionKey(key).count() > 0) {
      Thread.sleep(20);
    }
    return (jobs + 1) / ((System.nanoTime() - started) / 1e9);
  }

  /** The notices written since {@code since} and not yet sent; none may have failed. */
  private long unsent(OffsetDateTime since) {
    List<?> counts =
        entityManager
            .createNativeQuery(
                "SELECT status, COUNT(*) FROM outbox_message WHERE purpose = 'NOTICE'"
                    + " AND created_at >= ? AND status <> 'SENT' GROUP BY status")
            .setParameter(1, since)
            .getResultList();
    long unsent = 0;
    for (Object row : counts) {
      Object[] columns = (Object[]) row;
      assertThat(columns[0]).as("no notice fails").isNotIn("FAILED", "BOUNCED");
      unsent += ((Number) columns[1]).longValue();
    }
    return unsent;
  }

  private List<UUID> casesWithSafeEmail(int count) throws Exception {
    List<UUID> cases = new ArrayList<>(count);
    long firstANumber = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 900_000_000L);
    for (int i = 0; i < count; i++) {
      String email = "bench-" + run + "-" + i + "@outreach.test";
      NewAffectedPerson person =
          new NewAffectedPerson(
              "Family-" + run,
              "Given-" + i,
              List.of(),
              LocalDate.of(1980, 1, 1).plusDays(i),
              "HN",
              String.format("%09d", firstANumber + i),
              List.of("es"),
              CustodyStatus.DETAINED,
              CustodyFacts.detained("Facility-" + run, LocalDate.of(2026, 9, 14)),
              List.of(
                  new ContactPoint(
                      ContactKind.EMAIL, email, "intake", LocalDate.of(2026, 11, 2), true)),
              null,
              null);
      UUID personId = asAdmin.call(() -> registry.register(person));
      cases.add(asSupervisor.call(() -> caseOpening.openCaseFor(personId)).id());
    }
    return cases;
  }

  /**
   * The server's database, as the file name and the report give it: {@code h2}, {@code postgresql}.
   */
  private String database() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
  }

  private void awaitNoJobsDue() throws InterruptedException {
    while (managementService.createJobQuery().executable().count() > 0) {
      Thread.sleep(500);
    }
  }
}
