package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.TimelineEntry;
import org.outreach.caseview.CaseDesk;
import org.outreach.caseview.CaseFile;
import org.outreach.it.support.ApprovedTexts;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.JobDriver;
import org.outreach.it.support.Mailbox;
import org.outreach.it.support.TestStaff;
import org.outreach.mail.MailDispatchException;
import org.outreach.mail.MailSender;
import org.outreach.mail.OutboundMail;
import org.outreach.mail.SmtpLogin;
import org.outreach.mail.outbox.EmailStatus;
import org.outreach.mail.outbox.MailPurpose;
import org.outreach.mail.outbox.Outbox;
import org.outreach.mail.outbox.OutboxDispatcher;
import org.outreach.mail.outbox.OutboxHold;
import org.outreach.mail.outbox.OutboxSettings;
import org.outreach.mail.outbox.OutboxView;
import org.outreach.mail.outbox.Outgoing;
import org.outreach.mail.outbox.StaffMail;
import org.outreach.mail.outbox.StaffRecipient;
import org.outreach.notice.NoticeDispatch;
import org.outreach.notice.evidence.EvidenceBundle;
import org.outreach.notice.evidence.NoticeEvidence;
import org.outreach.notice.evidence.NoticeProof;
import org.outreach.notice.outbox.BounceReader;
import org.outreach.notice.outbox.BounceSettings;
import org.outreach.notice.outbox.EmailOutbox;
import org.outreach.notice.outbox.EmailView;
import org.outreach.notice.refusals.RefusedNotices;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateType;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.recipients.RecipientClass;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RemovalTiming;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The email outbox on the real server and relay (GreenMail over loopback): the row is written in
 * the sending step's transaction and the message goes only after it commits, with the Message-ID
 * the row fixed; a try interrupted after the relay accepted the message is sent again with the same
 * Message-ID and counted; a contact point no longer safe is never used and the process moves on;
 * retries wait, tries run out, and the relay's throttle holds. The automatic rounds are paused
 * while a test runs, so each round here is the test's own.
 */
@ExtendWith(ArquillianExtension.class)
class EmailOutboxIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithPdfTests(EmailOutboxIT.class, JobDriver.class, Mailbox.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseProgress progress;
  @Inject NoticeDispatch noticeDispatch;
  @Inject AsSystem asSystem;
  @Inject EmailOutbox outbox;
  @Inject Outbox messages;
  @Inject StaffMail staffMail;
  @Inject OutboxDispatcher dispatcher;
  @Inject BounceReader bounceReader;
  @Inject CaseDesk caseDesk;
  @Inject MailSender mailSender;
  @Inject TemplateReview templateReview;
  @Inject RuntimeService runtimeService;
  @Inject JobDriver jobs;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject NoticeEvidence evidence;
  @Inject UserAdministration users;
  @Inject CaseRecords caseRecords;
  @Inject AuditTrail auditTrail;
  @Inject RefusedNotices refusals;
  @Inject OutboxHold hold;

  @Resource UserTransaction transaction;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  /** A supervisor who downloads proof of notice over REST. */
  private static final String EVIDENCE_SUPERVISOR = "it-evidence-sam";

  /** A caseworker of the detention team, which has the case's hand delivery. */
  private static final String EVIDENCE_CASEWORKER = "it-evidence-omar";

  /** The settings the tests change, and what the server had before. */
  private static final List<String> SETTINGS =
      List.of(
          OutboxSettings.PAUSED,
          OutboxSettings.PER_MINUTE,
          OutboxSettings.ATTEMPTS,
          OutboxSettings.FIRST_RETRY,
          OutboxSettings.SENDING_TIMEOUT,
          BounceSettings.HOST,
          BounceSettings.PORT,
          BounceSettings.TLS,
          BounceSettings.USER,
          BounceSettings.PASSWORD,
          SmtpLogin.USER,
          SmtpLogin.PASSWORD);

  private final Map<String, String> serverSettings = new HashMap<>();

  @BeforeEach
  void pausedWithApprovedTexts() {
    SETTINGS.forEach(name -> serverSettings.put(name, System.getProperty(name)));
    System.setProperty(OutboxSettings.PAUSED, "true");
    asAdmin.run(() -> ApprovedTexts.approveLatest(templateReview, TemplateType.NEUTRAL_EMAIL));
  }

  @AfterEach
  void theServersSettingsAgain() {
    SETTINGS.forEach(this::restore);
  }

  /** The setting as the server had it before the test: the rounds go on as they did. */
  private void restore(String name) {
    String value = serverSettings.get(name);
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  void theProcessWritesTheRowInItsTransactionAndTheMessageGoesOnlyAfterItCommits()
      throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));

    transaction.begin();
    UUID id;
    try {
      asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.EMAIL, "es"));
      id = only(emailsOf(opened.id())).id();
    } finally {
      transaction.rollback();
    }
    assertThat(emailsOf(opened.id())).isEmpty();

    transaction.begin();
    asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.EMAIL, "es"));
    transaction.commit();
    EmailView written = only(emailsOf(opened.id()));
    assertThat(written.id()).isNotEqualTo(id);
    assertThat(written.status()).isEqualTo(EmailStatus.CREATED);
    assertThat(written.language()).isEqualTo("es");
    assertThat(written.templateVersionId()).isNotNull();
    assertThat(written.messageId()).startsWith("<" + written.id() + ".notice@").endsWith(">");
    // written is not sent: nothing went while the outbox was paused, nor is the case told so
    assertThat(asSystem.get(dispatcher::dispatch)).isZero();
    assertThat(Mailbox.of(email)).isEmpty();
    assertThat(kinds(opened)).doesNotContain(CaseEventKind.NOTICE_SENT);

    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);

    EmailView sent = only(emailsOf(opened.id()));
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.repeats()).isZero();
    assertThat(sent.sentAt()).isNotNull();
    List<Mailbox.Received> received = arrived(email, 1);
    assertThat(received).extracting(Mailbox.Received::messageId).containsExactly(sent.messageId());
    assertThat(received.get(0).body()).contains(opened.reference()).doesNotContain(email);
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .filteredOn(entry -> entry.kind() == CaseEventKind.NOTICE_SENT)
        .extracting(CaseProgress.Entry::channel)
        .containsExactly(NoticeChannel.EMAIL);

    // a later round sends nothing again
    asSystem.get(dispatcher::dispatch);
    assertThat(Mailbox.of(email)).hasSize(1);

    // the case view shows the email with its state, and nothing of its address
    CaseFile file = asSupervisor.call(() -> caseDesk.open(opened.id(), AccessPurpose.SUPERVISION));
    TimelineEntry shown =
        file.timeline().stream()
            .filter(entry -> entry.kind().equals("notice.email"))
            .findFirst()
            .orElseThrow();
    assertThat(shown.actor()).isNull();
    assertThat(shown.facts())
        .extracting(TimelineEntry.Fact::label, TimelineEntry.Fact::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("channel", "channel.EMAIL"),
            org.assertj.core.groups.Tuple.tuple("emailStatus", "email.status.SENT"),
            org.assertj.core.groups.Tuple.tuple("tries", "1"));
    assertThat(shown.facts()).noneMatch(fact -> String.valueOf(fact.value()).contains(email));
  }

  @Test
  void anAdministratorsHoldKeepsTheOutboxFromSendingUntilReleased() throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    UUID id = written(opened);
    try {
      OutboxHold.State held = asAdmin.call(hold::hold);
      // this server's own pause as it was: only the hold keeps the message back
      restore(OutboxSettings.PAUSED);
      assertThat(held.held()).isTrue();
      assertThat(held.changedAt()).isNotNull();
      // holding again changes nothing, not even who held it when
      assertThat(asAdmin.call(hold::hold)).isEqualTo(held);
      assertThat(asSupervisor.call(hold::state)).isEqualTo(held);
      assertThatThrownBy(() -> asSupervisor.call(hold::release))
          .isInstanceOf(EJBAccessException.class);

      assertThat(asSystem.get(dispatcher::dispatch)).isZero();
      assertThat(only(emailsOf(opened.id())).status()).isEqualTo(EmailStatus.CREATED);
      assertThat(Mailbox.of(email)).isEmpty();
    } finally {
      asAdmin.call(hold::release);
    }
    assertThat(asSupervisor.call(hold::state).held()).isFalse();
    asSystem.get(dispatcher::dispatch);
    EmailView sent = only(emailsOf(opened.id()));
    assertThat(sent.id()).isEqualTo(id);
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(arrived(email, 1))
        .extracting(Mailbox.Received::messageId)
        .containsExactly(sent.messageId());
  }

  @Test
  void proofOfNoticeListsTheAcceptedEmailWithItsMessageIdAndHashAndNeverItsAddress()
      throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    written(opened);
    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);
    EmailView sent = only(emailsOf(opened.id()));
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);

    EvidenceBundle bundle =
        asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.OVERSIGHT_REQUEST));

    assertThat(bundle.caseReference()).isEqualTo(opened.reference());
    assertThat(bundle.purpose()).isEqualTo(AccessPurpose.OVERSIGHT_REQUEST);
    // the person's process waits at the hand delivery: its custody notice is not printed yet
    assertThat(bundle.notices())
        .extracting(NoticeProof::kind)
        .containsExactly(NoticeProof.Kind.EMAIL);
    NoticeProof proof = bundle.notices().get(0);
    assertThat(proof.channel()).isEqualTo("EMAIL");
    assertThat(proof.recipientClass()).isEqualTo(RecipientClass.PERSON);
    assertThat(proof.language()).isEqualTo("en");
    assertThat(proof.templateVersion()).isEqualTo(sent.templateVersionId().toString());
    assertThat(proof.state()).isEqualTo("SENT");
    assertThat(proof.messageId()).isEqualTo(sent.messageId());
    assertThat(proof.sent()).isEqualTo(sent.sentAt());
    assertThat(proof.created()).isEqualTo(sent.createdAt());
    assertThat(proof.documentSha256()).matches("[0-9a-f]{64}");
    assertThat(proof.bounced()).isNull();

    // over REST: the JSON and the PDF together, the PDF quoting the JSON's hash; no address
    evidenceStaff();
    BasicHttp.Answer zip =
        BasicHttp.get(
            EVIDENCE_SUPERVISOR,
            TestStaff.PASSWORD,
            "api/cases/" + opened.id() + "/notice-evidence/bundle.zip?purpose=OVERSIGHT_REQUEST");
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.contentType()).startsWith("application/zip");
    assertThat(zip.disposition()).contains("proof-of-notice-" + opened.reference() + ".zip");
    Map<String, byte[]> files = unzipped(zip.bytes());
    String name = "proof-of-notice-" + opened.reference();
    assertThat(files).containsOnlyKeys(name + ".json", name + ".pdf");
    String json = new String(files.get(name + ".json"), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain(email);
    jakarta.json.JsonObject parsed =
        jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
    assertThat(parsed.getString("format")).isEqualTo("outreach-proof-of-notice/1");
    assertThat(parsed.getString("caseReference")).isEqualTo(opened.reference());
    assertThat(parsed.getString("generatedBy")).isEqualTo(EVIDENCE_SUPERVISOR);
    assertThat(parsed.getString("purpose")).isEqualTo("OVERSIGHT_REQUEST");
    jakarta.json.JsonObject line = parsed.getJsonArray("notices").getJsonObject(0);
    assertThat(line.getString("kind")).isEqualTo("EMAIL");
    assertThat(line.getString("messageId")).isEqualTo(sent.messageId());
    assertThat(line.getString("sent")).isEqualTo(sent.sentAt().toString());
    assertThat(line.containsKey("bounced")).as("a field without a value is left out").isFalse();
    String pdf = pdfText(files.get(name + ".pdf"));
    assertThat(pdf).contains("Proof of notice: case " + opened.reference()).doesNotContain(email);
    // identifiers and hashes may wrap inside their table cells
    assertThat(pdf.replaceAll("\\s+", ""))
        .contains(sent.messageId())
        .contains(proof.documentSha256())
        .contains(sha256(files.get(name + ".json")));
    assertThat(
            BasicHttp.get(
                    EVIDENCE_SUPERVISOR,
                    TestStaff.PASSWORD,
                    "api/cases/" + opened.id() + "/notice-evidence")
                .status())
        .as("a download without a stated purpose")
        .isEqualTo(400);
    assertThat(
            BasicHttp.get(
                    EVIDENCE_CASEWORKER,
                    TestStaff.PASSWORD,
                    "api/cases/" + opened.id() + "/notice-evidence?purpose=CASEWORK")
                .status())
        .as("a caseworker")
        .isEqualTo(403);
    assertThat(
            BasicHttp.get(
                    EVIDENCE_SUPERVISOR,
                    TestStaff.PASSWORD,
                    "api/cases/" + UUID.randomUUID() + "/notice-evidence?purpose=SUPERVISION")
                .status())
        .as("a case that does not exist")
        .isEqualTo(404);

    // each bundle given out is in the audit trail with its reader and purpose
    UUID personId = caseRecords.personOf(opened.id()).orElseThrow();
    assertThat(asSupervisor.call(() -> auditTrail.forPerson(personId)))
        .filteredOn(entry -> entry.action() == AuditAction.READ_NOTICE_EVIDENCE)
        .hasSize(2)
        .allSatisfy(
            entry -> {
              assertThat(entry.purpose()).isEqualTo(AccessPurpose.OVERSIGHT_REQUEST);
              assertThat(entry.caseId()).isEqualTo(opened.id());
            })
        .extracting(AuditEntry::actor)
        .endsWith(EVIDENCE_SUPERVISOR);
  }

  private static Map<String, byte[]> unzipped(byte[] zip) throws java.io.IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry();
          entry != null;
          entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void aTryInterruptedAfterTheRelayAcceptedIsSentAgainWithTheSameMessageIdAndCounted()
      throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    UUID id = written(opened);

    // a node takes the row and the relay accepts the message; the node dies before recording it
    Outgoing outgoing = only(asSystem.get(() -> outbox.claim(List.of(id))));
    asSystem.get(() -> mailSender.send(outgoing.mail(), outgoing.messageId()));
    assertThat(only(emailsOf(opened.id())).status()).isEqualTo(EmailStatus.SENDING);
    arrived(email, 1);

    restore(OutboxSettings.PAUSED);
    // within the sending timeout the try counts as still running: not sent again
    asSystem.get(dispatcher::dispatch);
    assertThat(only(emailsOf(opened.id())).status()).isEqualTo(EmailStatus.SENDING);

    System.setProperty(OutboxSettings.SENDING_TIMEOUT, "PT1S");
    Thread.sleep(1_100);
    asSystem.get(dispatcher::dispatch);

    EmailView resent = only(emailsOf(opened.id()));
    assertThat(resent.status()).isEqualTo(EmailStatus.SENT);
    assertThat(resent.repeats()).isEqualTo(1);
    assertThat(resent.attempts()).isEqualTo(2);
    assertThat(arrived(email, 2))
        .extracting(Mailbox.Received::messageId)
        .containsExactly(outgoing.messageId(), outgoing.messageId());
  }

  @Test
  void aRoundOutOfTimeBeginsNoTryAndGivesItsRowsBackUncountedForTheNext() throws Exception {
    String email = "outbox-late-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    written(opened);
    written(opened);

    // half the sending timeout is over before any try could begin: the round takes the rows and,
    // out of time, tries none of them
    System.setProperty(OutboxSettings.SENDING_TIMEOUT, "PT0.000001S");
    restore(OutboxSettings.PAUSED);
    assertThat(asSystem.get(dispatcher::dispatch)).isZero();

    assertThat(emailsOf(opened.id()))
        .hasSize(2)
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(EmailStatus.CREATED);
              assertThat(row.attempts()).as("a try that never began is not counted").isZero();
              assertThat(row.repeats()).isZero();
            });
    restore(OutboxSettings.SENDING_TIMEOUT);
    asSystem.get(dispatcher::dispatch);

    assertThat(emailsOf(opened.id()))
        .hasSize(2)
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(EmailStatus.SENT);
              assertThat(row.attempts()).isOne();
              assertThat(row.repeats()).isZero();
            });
    assertThat(arrived(email, 2)).hasSize(2);
  }

  @Test
  void aMessageThatCannotGoHoldsUpNoOtherOfItsRoundAndEachSentOneIsRecordedOnItsCase()
      throws Exception {
    String first = "chunk-a-" + marker + "@outreach.test";
    String unsafe = "chunk-b-" + marker + "@outreach.test";
    String third = "chunk-c-" + marker + "@outreach.test";
    OpenedCase a = open(detained(first, true));
    NewAffectedPerson second = another(detained(unsafe, true), 1);
    UUID secondPerson = asAdmin.call(() -> registry.register(second));
    OpenedCase b = open(secondPerson);
    OpenedCase c = open(another(detained(third, true), 2));
    // written in turn, so that each worker's chunk holds rows of all three
    for (int round = 0; round < 4; round++) {
      written(a);
      written(b);
      written(c);
    }
    // the second person's address is no longer safe before the messages go
    asAdmin.call(() -> registry.update(secondPerson, another(detained(unsafe, false), 1)));

    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);

    assertThat(emailsOf(a.id()))
        .hasSize(4)
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(EmailStatus.SENT));
    assertThat(emailsOf(c.id()))
        .hasSize(4)
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(EmailStatus.SENT));
    assertThat(emailsOf(b.id()))
        .hasSize(4)
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(EmailStatus.FAILED);
              assertThat(row.lastFailure()).isEqualTo("NO_SAFE_ADDRESS");
            });
    // each accepted message is recorded on its own case, once
    assertThat(kinds(a)).filteredOn(CaseEventKind.NOTICE_SENT::equals).hasSize(4);
    assertThat(kinds(c)).filteredOn(CaseEventKind.NOTICE_SENT::equals).hasSize(4);
    assertThat(kinds(b)).doesNotContain(CaseEventKind.NOTICE_SENT);
    assertThat(arrived(first, 4))
        .extracting(Mailbox.Received::messageId)
        .containsExactlyInAnyOrderElementsOf(
            emailsOf(a.id()).stream().map(EmailView::messageId).toList());
    arrived(third, 4);
    assertThat(Mailbox.of(unsafe)).isEmpty();
  }

  @Test
  void aContactPointNoLongerSafeIsNeverUsedAndTheProcessTriesItsNextChannel() throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    NewAffectedPerson person = removed(email, true);
    UUID personId = asAdmin.call(() -> registry.register(person));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    // the process's sending step writes the row; the process then waits for an answer
    EmailView written =
        Eventually.await(
            "the process's email notice in the outbox",
            Duration.ofSeconds(120),
            () -> emailsOf(opened.id()).stream().findFirst().orElse(null));
    assertThat(written.status()).isEqualTo(EmailStatus.CREATED);
    assertThat(written.channel()).isEqualTo(NoticeChannel.EMAIL);
    Eventually.await(
        "the process waiting for an answer to the email",
        () -> waitsAt(opened, DeliverNoticeProcess.GATEWAY_AWAIT_ANSWER));

    // the caseworkers learn the address is no longer safe before the message went
    asAdmin.call(() -> registry.update(personId, removed(email, false)));
    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);

    EmailView failed = only(emailsOf(opened.id()));
    assertThat(failed.status()).isEqualTo(EmailStatus.FAILED);
    assertThat(failed.lastFailure()).isEqualTo("NO_SAFE_ADDRESS");
    assertThat(failed.failedAt()).isNotNull();
    assertThat(Mailbox.of(email)).isEmpty();
    awaitTheProcessMovesOn(opened);
    assertThat(kinds(opened)).doesNotContain(CaseEventKind.NOTICE_SENT);
  }

  @Test
  void aDeferredTryWaitsItsTurnAndTheLastTryGivesUp() throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    UUID id = written(opened);

    // the relay deferred the first try (451): as the dispatcher records it
    only(asSystem.get(() -> outbox.claim(List.of(id))));
    Instant failedAt = Instant.now();
    asSystem.run(
        () ->
            outbox.failed(
                id, new MailDispatchException("REFUSED_451", false), OutboxSettings.current()));

    EmailView deferred = only(emailsOf(opened.id()));
    assertThat(deferred.status()).isEqualTo(EmailStatus.CREATED);
    assertThat(deferred.lastFailure()).isEqualTo("REFUSED_451");
    assertThat(deferred.nextAttemptAt())
        .isBetween(failedAt.plusSeconds(55), Instant.now().plusSeconds(65));
    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);
    assertThat(only(emailsOf(opened.id())).status())
        .as("not due before its wait is over")
        .isEqualTo(EmailStatus.CREATED);
    assertThat(Mailbox.of(email)).isEmpty();

    // with two tries allowed, the second deferral is the last
    System.setProperty(OutboxSettings.ATTEMPTS, "2");
    System.setProperty(OutboxSettings.PAUSED, "true");
    UUID second = written(opened);
    for (int attempt = 1; attempt <= 2; attempt++) {
      only(asSystem.get(() -> outbox.claim(List.of(second))));
      System.setProperty(OutboxSettings.FIRST_RETRY, "PT0.001S");
      asSystem.run(
          () ->
              outbox.failed(
                  second,
                  new MailDispatchException("REFUSED_451", false),
                  OutboxSettings.current()));
      Thread.sleep(5);
    }
    EmailView givenUp = newest(opened);
    assertThat(givenUp.status()).isEqualTo(EmailStatus.FAILED);
    assertThat(givenUp.attempts()).isEqualTo(2);
    assertThat(givenUp.lastFailure()).isEqualTo("REFUSED_451");

    // a refusal for good is not tried again
    UUID third = written(opened);
    only(asSystem.get(() -> outbox.claim(List.of(third))));
    asSystem.run(
        () ->
            outbox.failed(
                third, new MailDispatchException("REFUSED_550", true), OutboxSettings.current()));
    assertThat(newest(opened).status()).isEqualTo(EmailStatus.FAILED);
    assertThat(newest(opened).attempts()).isEqualTo(1);
  }

  @Test
  void theThrottleHoldsTheRestForTheNextMinute() throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = open(detained(email, true));
    transaction.begin();
    for (int i = 0; i < 3; i++) {
      asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.EMAIL, "en"));
    }
    transaction.commit();
    // whatever other tests tried in the last minute counts: the relay is given two tries more
    int tried =
        1_000_000 - asSystem.get(() -> messages.triesLeftThisMinute(settingsWith(1_000_000)));
    System.setProperty(OutboxSettings.PER_MINUTE, String.valueOf(tried + 2));
    restore(OutboxSettings.PAUSED);

    assertThat(asSystem.get(dispatcher::dispatch)).isEqualTo(2);
    assertThat(asSystem.get(dispatcher::dispatch)).isZero();
    // two tries in all (another test's notice still due may have taken one): one of three waits
    List<EmailStatus> held = emailsOf(opened.id()).stream().map(EmailView::status).toList();
    assertThat(held).contains(EmailStatus.CREATED).doesNotContain(EmailStatus.FAILED);
    arrived(email, (int) held.stream().filter(EmailStatus.SENT::equals).count());

    restore(OutboxSettings.PER_MINUTE);
    asSystem.get(dispatcher::dispatch);
    assertThat(emailsOf(opened.id())).extracting(EmailView::status).containsOnly(EmailStatus.SENT);
    arrived(email, 3);
  }

  @Test
  void aFailureReportInTheBounceMailboxBouncesTheNoticeAndTheProcessMovesOn() throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    String bounces = "bounces-" + marker + "@outreach.test";
    OpenedCase opened = removedAndNotifiedByEmail(email);
    EmailView sent = only(emailsOf(opened.id()));
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
    String otherId = "<" + UUID.randomUUID() + ".notice@elsewhere.test>";

    // the mailbox holds a reply to something else, a delay report, a report on another message
    deliver(bounces, reply("<someone-else-" + marker + "@elsewhere.test>"));
    deliver(bounces, report(sent.messageId(), email, "delayed", "4.4.7"));
    deliver(bounces, report("<not-ours-" + marker + "@elsewhere.test>", email, "failed", "5.1.1"));
    deliver(bounces, report(otherId, email, "failed", "5.1.1"));
    Eventually.await("four messages in the bounce mailbox", () -> unread(bounces) == 4);
    readFrom(bounces);

    assertThat(asSystem.call(bounceReader::read)).isZero();
    assertThat(only(emailsOf(opened.id())).status()).isEqualTo(EmailStatus.SENT);
    // only the report on a message of the outbox (unknown to it) was taken as read
    assertThat(unread(bounces)).isEqualTo(3);

    deliver(bounces, report(sent.messageId(), email, "failed", "5.1.1"));
    Eventually.await("the report in the bounce mailbox", () -> unread(bounces) == 4);
    // this read bounces it, or the server's own round (every 30 s, on the same mailbox) did first
    assertThat(asSystem.call(bounceReader::read)).isBetween(0, 1);
    Eventually.await(
        "the notice bounced", () -> only(emailsOf(opened.id())).status() == EmailStatus.BOUNCED);

    EmailView bounced = only(emailsOf(opened.id()));
    assertThat(bounced.status()).isEqualTo(EmailStatus.BOUNCED);
    assertThat(bounced.lastFailure()).isEqualTo("BOUNCED_5.1.1");
    assertThat(bounced.failedAt()).isNotNull();
    assertThat(unread(bounces)).isEqualTo(3);
    awaitTheProcessMovesOn(opened);
    // read again, nothing changes
    assertThat(asSystem.call(bounceReader::read)).isZero();
  }

  @Test
  void aReplyToTheNoticeInTheOutreachMailboxIsRecordedOnceAsAnAcknowledgmentAndLeftUnread()
      throws Exception {
    String email = "outbox-" + marker + "@outreach.test";
    String mailbox = "outreach-" + marker + "@outreach.test";
    OpenedCase opened = removedAndNotifiedByEmail(email);
    EmailView sent = only(emailsOf(opened.id()));

    deliver(mailbox, reply(sent.messageId()));
    Eventually.await("the reply in the outreach mailbox", () -> unread(mailbox) == 1);
    readFrom(mailbox);

    assertThat(asSystem.call(bounceReader::read)).as("notices bounced").isZero();

    // the person answered the email: the notice is proven by email, the reply kept for the team
    Eventually.await(
        "the notice proven by the reply",
        () ->
            asSystem.get(() -> progress.trailOf(opened.id())).stream()
                .anyMatch(entry -> entry.kind() == CaseEventKind.NOTICE_PROVEN));
    assertThat(unread(mailbox)).isEqualTo(1);
    EmailView stillSent = only(emailsOf(opened.id()));
    assertThat(stillSent.status()).isEqualTo(EmailStatus.SENT);
    CaseFile file = asSupervisor.call(() -> caseDesk.open(opened.id(), AccessPurpose.SUPERVISION));
    assertThat(file.timeline()).filteredOn(entry -> entry.kind().equals("notice.reply")).hasSize(1);
    EvidenceBundle bundle =
        asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.SUPERVISION));
    assertThat(bundle.notices())
        .filteredOn(notice -> notice.kind() == NoticeProof.Kind.REPLY)
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.channel()).isEqualTo("EMAIL");
              assertThat(reply.acknowledged()).isTrue();
            });

    // read again: the same reply is not recorded twice
    asSystem.call(bounceReader::read);
    assertThat(
            asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.SUPERVISION)).notices())
        .filteredOn(notice -> notice.kind() == NoticeProof.Kind.REPLY)
        .hasSize(1);
  }

  @Test
  void anAddressThatReachesAConsulateIsRefusedRecordedOnTheCaseAndTheProcessMovesOn()
      throws Exception {
    String email = "citas-" + marker + "@consulado-" + marker + ".test";
    Instant before = Instant.now().minusSeconds(1);
    OpenedCase opened = removedAndNotifiedByEmail(email);

    EmailView refused = only(emailsOf(opened.id()));
    assertThat(refused.status()).isEqualTo(EmailStatus.FAILED);
    assertThat(refused.lastFailure()).isEqualTo("REFUSED_CONSULATE");
    assertThat(Mailbox.of(email)).isEmpty();
    awaitTheProcessMovesOn(opened);
    assertThat(kinds(opened)).doesNotContain(CaseEventKind.NOTICE_SENT);

    // recorded on the case: the supervisors' list, the timeline and the proof of notice
    assertThat(asSupervisor.call(() -> refusals.since(before)))
        .filteredOn(listed -> listed.refusal().caseId().equals(opened.id()))
        .singleElement()
        .satisfies(
            listed -> {
              assertThat(listed.caseReference()).isEqualTo(opened.reference());
              assertThat(listed.refusal().channel()).isEqualTo(NoticeChannel.EMAIL);
              assertThat(listed.refusal().recipientClass()).isEqualTo(RecipientClass.CONSULATE);
              assertThat(listed.refusal().noticeId()).isEqualTo(refused.id());
            });
    CaseFile file = asSupervisor.call(() -> caseDesk.open(opened.id(), AccessPurpose.SUPERVISION));
    assertThat(file.timeline())
        .filteredOn(entry -> entry.kind().equals("notice.refused"))
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.facts())
                    .extracting(TimelineEntry.Fact::value)
                    .containsExactly("channel.EMAIL", "recipient.CONSULATE"));
    assertThat(
            asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.SUPERVISION)).notices())
        .filteredOn(notice -> notice.kind() == NoticeProof.Kind.EMAIL)
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.recipientClass()).isEqualTo(RecipientClass.CONSULATE);
              assertThat(notice.state()).isEqualTo("FAILED");
            });

    // over REST for supervisors, with the case's reference and never the address
    evidenceStaff();
    BasicHttp.Answer listed =
        BasicHttp.get(EVIDENCE_SUPERVISOR, TestStaff.PASSWORD, "api/dispatch-refusals?days=1");
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body())
        .contains(opened.reference(), "\"recipientClass\":\"CONSULATE\"")
        .doesNotContain(marker);
    assertThat(
            BasicHttp.get(EVIDENCE_SUPERVISOR, TestStaff.PASSWORD, "api/dispatch-refusals?days=0")
                .status())
        .isEqualTo(400);
    assertThat(
            BasicHttp.get(EVIDENCE_CASEWORKER, TestStaff.PASSWORD, "api/dispatch-refusals")
                .status())
        .isEqualTo(403);
  }

  @Test
  void theAttorneysAddressAtAGovernmentDomainIsRefusedAndTheMailSenderRefusesOneWhoeverAsks()
      throws Exception {
    String attorney = "trial-" + marker + "@ice.dhs.gov";
    NewAffectedPerson withCounsel =
        person(
            CustodyStatus.DETAINED,
            CustodyFacts.detained("Facility-" + marker, LocalDate.of(2026, 9, 14)),
            List.of(),
            new Attorney("Counsel " + marker, "Firm " + marker, attorney, null));
    OpenedCase opened = open(withCounsel);
    transaction.begin();
    asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.ATTORNEY, "en"));
    transaction.commit();
    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);

    EmailView refused = only(emailsOf(opened.id()));
    assertThat(refused.channel()).isEqualTo(NoticeChannel.ATTORNEY);
    assertThat(refused.status()).isEqualTo(EmailStatus.FAILED);
    assertThat(refused.lastFailure()).isEqualTo("REFUSED_GOVERNMENT");
    assertThat(Mailbox.of(attorney)).isEmpty();

    // the last guard: the sender itself refuses such an address, for staff mail as for notices
    assertThatThrownBy(
            () ->
                asSystem.get(
                    () ->
                        mailSender.send(
                            new OutboundMail(attorney, "Hello", "A message to a government"))))
        .isInstanceOfSatisfying(
            MailDispatchException.class,
            e -> {
              assertThat(e.failure()).isEqualTo("REFUSED_GOVERNMENT");
              assertThat(e.permanent()).isTrue();
              assertThat(e.getMessage()).doesNotContain(marker);
            });
    assertThat(Mailbox.of(attorney)).isEmpty();
  }

  /**
   * A removed person's case whose process sent its email (the outbox unpaused for it) and waits for
   * an answer.
   */
  private OpenedCase removedAndNotifiedByEmail(String email) throws Exception {
    OpenedCase opened = removedAndWaiting(email);
    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);
    return opened;
  }

  @Test
  void counselsConfirmationOverRestProvesTheNoticeAndBadBodiesAreRefusedNamingTheRule()
      throws Exception {
    evidenceStaff();
    String email = "outbox-" + marker + "@outreach.test";
    OpenedCase opened = removedAndNotifiedByEmail(email);
    String path = "api/cases/" + opened.id() + "/replies";
    String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    // refused, nothing recorded: not JSON, a wrong channel, a moment in the future, not visible
    String confirmation =
        "{\"channel\":\"THROUGH_COUNSEL\",\"receivedAt\":\""
            + now
            + "\",\"acknowledgesNotice\":true,\"note\":\"Counsel "
            + marker
            + " confirms\"}";
    BasicHttp.Answer asForm =
        BasicHttp.post(
            EVIDENCE_SUPERVISOR,
            TestStaff.PASSWORD,
            path,
            "application/x-www-form-urlencoded",
            "channel=THROUGH_COUNSEL");
    assertThat(asForm.status()).isEqualTo(415);
    BasicHttp.Answer badChannel =
        BasicHttp.post(
            EVIDENCE_SUPERVISOR,
            TestStaff.PASSWORD,
            path,
            "application/json",
            confirmation.replace("THROUGH_COUNSEL", "CONSULATE"));
    assertThat(badChannel.status()).isEqualTo(400);
    assertThat(badChannel.body()).contains("channel: must be one of").doesNotContain("CONSULATE\"");
    // an acknowledgment on the notice page is the page's to record, not a caller's
    BasicHttp.Answer pageChannel =
        BasicHttp.post(
            EVIDENCE_SUPERVISOR,
            TestStaff.PASSWORD,
            path,
            "application/json",
            confirmation.replace("THROUGH_COUNSEL", "NOTICE_PAGE"));
    assertThat(pageChannel.status()).isEqualTo(400);
    assertThat(pageChannel.body())
        .contains("channel: must be one of")
        .doesNotContain("NOTICE_PAGE");
    BasicHttp.Answer future =
        BasicHttp.post(
            EVIDENCE_SUPERVISOR,
            TestStaff.PASSWORD,
            path,
            "application/json",
            confirmation.replace(now, Instant.now().plusSeconds(86_400).toString()));
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.body()).contains("RECEIVED_AT IN_THE_FUTURE");
    assertThat(
            BasicHttp.post(EVIDENCE_SUPERVISOR, TestStaff.PASSWORD, path, "application/json", "[")
                .status())
        .isEqualTo(400);
    assertThat(
            BasicHttp.post(
                    EVIDENCE_CASEWORKER, TestStaff.PASSWORD, path, "application/json", confirmation)
                .status())
        .isEqualTo(404);
    assertThat(
            asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.SUPERVISION)).notices())
        .noneMatch(notice -> notice.kind() == NoticeProof.Kind.REPLY);

    BasicHttp.Answer recorded =
        BasicHttp.post(
            EVIDENCE_SUPERVISOR, TestStaff.PASSWORD, path, "application/json", confirmation);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"processTook\":true").doesNotContain(marker);
    Eventually.await(
        "the notice proven by counsel's confirmation",
        () ->
            asSystem.get(() -> progress.trailOf(opened.id())).stream()
                .anyMatch(entry -> entry.kind() == CaseEventKind.NOTICE_PROVEN));
    assertThat(
            asSupervisor.call(() -> evidence.of(opened.id(), AccessPurpose.SUPERVISION)).notices())
        .filteredOn(notice -> notice.kind() == NoticeProof.Kind.REPLY)
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.channel()).isEqualTo("THROUGH_COUNSEL");
              assertThat(reply.recipientClass()).isEqualTo(RecipientClass.ATTORNEY);
              assertThat(reply.acknowledged()).isTrue();
            });
  }

  @Test
  void aRelayThatRefusesEveryTryForAWhileRaisesNoIncidentAndEveryMessageGoesOnceWhenItIsBack()
      throws Exception {
    // the relay refuses every try while the outage lasts (it refuses the server's login, a real
    // answer of the relay's on each connection): each try fails for now and waits its turn
    String account = "relay-" + marker + "@outreach.test";
    asSystem.get(() -> mailSender.send(new OutboundMail(account, "Account", "Made")));
    Eventually.await("the relay's account", () -> Mailbox.of(account).isEmpty() ? null : true);
    String email = "outage-" + marker + "@outreach.test";
    OpenedCase opened = removedAndWaiting(email);
    written(opened);
    written(opened);
    System.setProperty(OutboxSettings.FIRST_RETRY, "PT1S");
    System.setProperty(OutboxSettings.ATTEMPTS, "50");
    System.setProperty(SmtpLogin.USER, account);
    System.setProperty(SmtpLogin.PASSWORD, "not-the-password-" + marker);
    restore(OutboxSettings.PAUSED);

    for (int round = 0; round < 6; round++) {
      asSystem.get(dispatcher::dispatch);
      Thread.sleep(1_100);
    }
    List<EmailView> waiting = emailsOf(opened.id());
    assertThat(waiting).hasSize(3);
    assertThat(waiting)
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(EmailStatus.CREATED);
              assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
              assertThat(row.lastFailure()).isEqualTo("AUTHENTICATION");
            });
    assertThat(Mailbox.of(email)).isEmpty();
    assertThat(incidentsOf(opened)).isZero();
    assertThat(kinds(opened)).doesNotContain(CaseEventKind.NOTICE_ATTEMPT_FAILED);

    // the relay is back: everything goes, each message once, with its own Message-ID
    System.setProperty(SmtpLogin.PASSWORD, account);
    Eventually.await(
        "every message sent after the outage",
        () -> {
          asSystem.get(dispatcher::dispatch);
          return emailsOf(opened.id()).stream().allMatch(row -> row.status() == EmailStatus.SENT)
              ? true
              : null;
        });
    assertThat(arrived(email, 3))
        .extracting(Mailbox.Received::messageId)
        .containsExactlyInAnyOrderElementsOf(
            emailsOf(opened.id()).stream().map(EmailView::messageId).toList());
    assertThat(emailsOf(opened.id())).allSatisfy(row -> assertThat(row.repeats()).isZero());
    assertThat(incidentsOf(opened)).isZero();
  }

  @Test
  void staffMailGoesThroughTheOutboxOnceItsTransactionCommitsAndOnlyThen() throws Exception {
    String team = CampaignSettings.current().supervisorsMail();
    String subject = "Overdue task on case " + marker;
    transaction.begin();
    asSystem.get(
        () -> staffMail.queue(StaffRecipient.SUPERVISORS, subject + " (rolled back)", "Body"));
    transaction.rollback();
    transaction.begin();
    UUID id =
        asSystem.get(
            () -> staffMail.queue(StaffRecipient.SUPERVISORS, subject, "The task is overdue."));
    transaction.commit();
    assertThat(asSystem.get(() -> messages.views(List.of(id))).get(id).status())
        .isEqualTo(EmailStatus.CREATED);

    restore(OutboxSettings.PAUSED);
    asSystem.get(dispatcher::dispatch);

    OutboxView sent = asSystem.get(() -> messages.views(List.of(id))).get(id);
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
    assertThat(sent.purpose()).isEqualTo(MailPurpose.STAFF);
    assertThat(sent.messageId()).matches("<" + id + "\\.staff@[^>]+>");
    Mailbox.Received received =
        Eventually.await(
            "the supervisors' mail",
            () ->
                Mailbox.of(team).stream()
                    .filter(m -> m.subject().startsWith(subject))
                    .findFirst()
                    .orElse(null));
    assertThat(received.subject()).isEqualTo(subject);
    assertThat(received.messageId()).isEqualTo(sent.messageId());
    asSystem.get(dispatcher::dispatch);
    assertThat(Mailbox.of(team)).filteredOn(m -> m.subject().startsWith(subject)).hasSize(1);
  }

  /** The supervisor and the caseworker of another team who read proof of notice over REST. */
  private void evidenceStaff() {
    asAdmin.run(
        () -> {
          TestStaff.ensure(
              users,
              EVIDENCE_SUPERVISOR,
              TestStaff.PASSWORD,
              Role.SUPERVISOR,
              Set.of(TestStaff.SUPERVISOR_TEAM));
          TestStaff.ensure(
              users,
              EVIDENCE_CASEWORKER,
              TestStaff.PASSWORD,
              Role.CASEWORKER,
              Set.of(TestStaff.OTHER_TEAM));
        });
  }

  /** A removed person's case whose process wrote its email (the outbox paused) and waits. */
  private OpenedCase removedAndWaiting(String email) throws Exception {
    UUID personId = asAdmin.call(() -> registry.register(removed(email, true)));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    Eventually.await(
        "the process waiting for an answer to the email",
        Duration.ofSeconds(120),
        () -> waitsAt(opened, DeliverNoticeProcess.GATEWAY_AWAIT_ANSWER));
    return opened;
  }

  /** The incidents of the case's process instances, called ones included. */
  private long incidentsOf(OpenedCase opened) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(opened.id().toString())
        .list()
        .stream()
        .mapToLong(
            instance ->
                runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count())
        .sum();
  }

  /** The server reads the outreach mailbox of the test mail server's {@code address}. */
  private static void readFrom(String address) {
    System.setProperty(BounceSettings.HOST, "127.0.0.1");
    System.setProperty(BounceSettings.PORT, String.valueOf(ItSettings.imapPort()));
    System.setProperty(BounceSettings.TLS, "false");
    System.setProperty(BounceSettings.USER, address);
    System.setProperty(BounceSettings.PASSWORD, address);
  }

  /** A reply from the person, quoting the notice's Message-ID as replies do. */
  private static String reply(String messageId) {
    return "From: someone@example.test\r\n"
        + "Subject: Re: your letter\r\n"
        + "In-Reply-To: "
        + messageId
        + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
        + "Thank you.\r\n";
  }

  /** A delivery status notification (RFC 3464) as a relay writes one. */
  private static String report(String messageId, String recipient, String action, String status) {
    return "From: Mail Delivery System <mailer-daemon@relay.test>\r\n"
        + "Subject: Undelivered Mail Returned to Sender\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain\r\n\r\nThe message could not be delivered.\r\n"
        + "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        + "Reporting-MTA: dns; relay.test\r\n\r\n"
        + "Final-Recipient: rfc822; "
        + recipient
        + "\r\nAction: "
        + action
        + "\r\nStatus: "
        + status
        + "\r\n\r\n"
        + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + "Message-ID: "
        + messageId
        + "\r\nSubject: A letter for you\r\n\r\n"
        + "--b1--\r\n";
  }

  private static void deliver(String to, String raw) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(ItSettings.smtpPort()));
    Session session = Session.getInstance(properties);
    MimeMessage message =
        new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    Transport.send(message, new Address[] {new InternetAddress(to)});
  }

  private static int unread(String address) {
    Properties properties = new Properties();
    try {
      Store store = Session.getInstance(properties).getStore("imap");
      store.connect("127.0.0.1", ItSettings.imapPort(), address, address);
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        try {
          return inbox.getUnreadMessageCount();
        } finally {
          inbox.close(false);
        }
      } finally {
        store.close();
      }
    } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
      return 0;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException("IMAP check failed", e);
    }
  }

  private OpenedCase open(NewAffectedPerson person) throws Exception {
    return open(asAdmin.call(() -> registry.register(person)));
  }

  private OpenedCase open(UUID personId) throws Exception {
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    // the detained person's process waits for the hand delivery; the tests send on their own
    Eventually.await(
        "the hand delivery task",
        Duration.ofSeconds(120),
        () -> waitsAt(opened, DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE));
    return opened;
  }

  /** The case's process records the email failed and goes on to its next channel. */
  private void awaitTheProcessMovesOn(OpenedCase opened) {
    Eventually.await(
        "the process to record the email failed and move on",
        () ->
            asSystem.get(() -> progress.trailOf(opened.id())).stream()
                .anyMatch(
                    entry ->
                        entry.kind() == CaseEventKind.NOTICE_ATTEMPT_FAILED
                            && entry.channel() == NoticeChannel.EMAIL));
  }

  private boolean waitsAt(OpenedCase opened, String activityId) {
    return runtimeService.createExecutionQuery().activityId(activityId).list().stream()
        .map(execution -> execution.getProcessInstanceId())
        .map(
            instance ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceId(instance)
                    .singleResult())
        .filter(java.util.Objects::nonNull)
        .map(
            instance ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceId(instance.getRootProcessInstanceId())
                    .singleResult())
        .filter(java.util.Objects::nonNull)
        .anyMatch(root -> opened.id().toString().equals(root.getBusinessKey()));
  }

  private List<CaseEventKind> kinds(OpenedCase opened) {
    return asSystem.get(() -> progress.trailOf(opened.id())).stream()
        .map(CaseProgress.Entry::kind)
        .toList();
  }

  /** The process's sending step, run by the test in a transaction of its own: the row written. */
  private UUID written(OpenedCase opened) throws Exception {
    transaction.begin();
    asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.EMAIL, "en"));
    transaction.commit();
    return newest(opened).id();
  }

  private EmailView newest(OpenedCase opened) {
    List<EmailView> emails = emailsOf(opened.id());
    return emails.get(emails.size() - 1);
  }

  private static List<Mailbox.Received> arrived(String email, int count) {
    Predicate<List<Mailbox.Received>> enough = received -> received.size() >= count;
    List<Mailbox.Received> received =
        Eventually.await(
            count + " message(s) at the relay",
            () -> {
              List<Mailbox.Received> now = Mailbox.of(email);
              return enough.test(now) ? now : null;
            });
    assertThat(received).hasSize(count);
    return received;
  }

  private static OutboxSettings settingsWith(int perMinute) {
    return OutboxSettings.from(Map.of(OutboxSettings.PER_MINUTE, String.valueOf(perMinute))::get);
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private NewAffectedPerson detained(String email, boolean safe) {
    return person(
        CustodyStatus.DETAINED,
        CustodyFacts.detained("Facility-" + marker, LocalDate.of(2026, 9, 14)),
        email,
        safe);
  }

  private NewAffectedPerson removed(String email, boolean safe) {
    return person(
        CustodyStatus.REMOVED,
        CustodyFacts.removed("HN", LocalDate.of(2026, 6, 2), RemovalTiming.BEFORE_LEAK_FOUND),
        email,
        safe);
  }

  private NewAffectedPerson person(
      CustodyStatus status, CustodyFacts facts, String email, boolean safe) {
    return person(
        status,
        facts,
        List.of(
            new ContactPoint(ContactKind.EMAIL, email, "intake", LocalDate.of(2026, 11, 2), safe)),
        null);
  }

  private NewAffectedPerson person(
      CustodyStatus status, CustodyFacts facts, List<ContactPoint> contacts, Attorney attorney) {
    return new NewAffectedPerson(
        "Family-" + marker,
        "Given-" + marker,
        List.of(),
        LocalDate.of(1988, 4, 12),
        "HN",
        aNumber(),
        List.of("es"),
        status,
        facts,
        contacts,
        attorney,
        null);
  }

  /** The same person's facts for another person: another A-number and birth date. */
  private static NewAffectedPerson another(NewAffectedPerson person, int which) {
    return new NewAffectedPerson(
        person.familyName(),
        person.givenNames() + which,
        person.alternateNames(),
        person.dateOfBirth().plusDays(which),
        person.nationality(),
        String.format("%09d", (Long.parseLong(person.aNumber()) + which) % 1_000_000_000),
        person.preferredLanguages(),
        person.custodyStatus(),
        person.custodyFacts(),
        person.contactPoints(),
        person.attorney(),
        person.riskNotes(),
        person.exposure());
  }

  /** Nine digits, the same for one test's person (an update must name the same A-number). */
  private String aNumber() {
    return String.format("%09d", Math.floorMod(marker.hashCode(), 1_000_000_000));
  }

  /** The case's email notices, read as the system reads them (the outbox refuses no identity). */
  private List<EmailView> emailsOf(UUID caseId) {
    return asSystem.get(() -> outbox.emailsOf(caseId));
  }
}
