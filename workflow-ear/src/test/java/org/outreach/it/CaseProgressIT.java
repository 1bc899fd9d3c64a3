package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseDeadlines;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseOutcome;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseStatus;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.CourtFilingState;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.RemovalHoldState;
import org.outreach.court.CourtAccess;
import org.outreach.importing.ImportOptions;
import org.outreach.importing.ImportSummary;
import org.outreach.importing.PersonImports;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Mailbox;
import org.outreach.it.support.TestPeople;
import org.outreach.notice.NoticeDispatch;
import org.outreach.notice.letters.LetterQueue;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.notice.letters.LetterView;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RiskNotes;
import org.outreach.synthetic.SyntheticFile;
import org.outreach.tasks.TaskEscalation;

/**
 * The services behind the delegates on the real server and database (migrations V6, V8): what they
 * store on a case, what they mail and queue, and that a repeated step changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CaseProgressIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(CaseProgressIT.class, Mailbox.class);
  }

  @Inject CaseOpening caseOpening;
  @Inject CaseRecords caseRecords;
  @Inject CaseProgress progress;
  @Inject AsSystem asSystem;
  @Inject CourtAccess courtAccess;
  @Inject NoticeDispatch noticeDispatch;
  @Inject LetterQueue letterQueue;
  @Inject TaskEscalation escalation;
  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject AsSupervisor asSupervisor;
  @Inject AsAdmin asAdmin;
  @Inject PersonImports imports;
  @Inject PersonRegistry registry;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private OpenedCase opened;

  /**
   * A detained person (their notice is handed over in custody, so their own process sends nothing
   * by itself) whose postal address is safe and whose only email is not, and their case.
   */
  @BeforeEach
  void aCaseIsOpen() throws Exception {
    NewAffectedPerson generated = TestPeople.unregistered(1, registry, asAdmin).get(0);
    NewAffectedPerson person =
        TestPeople.detained(
            generated,
            List.of(
                new ContactPoint(
                    ContactKind.POSTAL_ADDRESS, "12 Test Street", "intake", LocalDate.now(), true),
                new ContactPoint(
                    ContactKind.EMAIL,
                    "unsafe-" + UUID.randomUUID() + "@example.org",
                    "intake",
                    LocalDate.now(),
                    false)),
            null,
            new RiskNotes(false, null),
            EnumSet.noneOf(ExposedField.class));
    UUID personId = asAdmin.call(() -> registry.register(person));
    opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
  }

  /**
   * These tests drive the services directly, so the case's own process is a bystander: it is
   * removed, so none of its steps runs later against a case a test closed (and fails in another
   * test's log).
   */
  @AfterEach
  void theCasesProcessIsRemoved() throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(opened.id().toString())
            .rootProcessInstances()
            .list()
            .forEach(
                instance ->
                    asSystem.run(
                        () ->
                            runtimeService.deleteProcessInstanceIfExists(
                                instance.getId(), "test over", true, true, true, false)));
        return;
      } catch (EJBException e) {
        if (!(e.getCause() instanceof OptimisticLockingException
            || e.getCause() instanceof ProcessEnginePersistenceException)) {
          throw e;
        }
        // one of its steps ran on the job executor at that moment (a stale version, or on
        // PostgreSQL a deadlock between the two deletes and updates): try again once it is done
        if (attempt == 10) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  @Test
  void aProvenNoticeStartsTheHoldAndTheCourtDeadlineAndTheFirstProofCounts() {
    asSystem.run(() -> progress.placeRemovalHold(opened.id()));
    asSystem.run(() -> progress.placeRemovalHold(opened.id()));
    asSystem.run(() -> progress.recordNoticeSent(opened.id(), NoticeChannel.EMAIL));

    CaseProgress.NoticeProof first =
        asSystem.get(() -> progress.recordNoticeProven(opened.id(), null, Duration.ofDays(30)));
    CaseProgress.NoticeProof again =
        asSystem.get(
            () ->
                progress.recordNoticeProven(
                    opened.id(), NoticeChannel.LETTER, Duration.ofDays(45)));

    assertThat(first.first()).isTrue();
    assertThat(first.removalHoldEndsAt()).isEqualTo(first.provenAt().plus(Duration.ofDays(30)));
    assertThat(again.first()).isFalse();
    assertThat(again.provenAt()).isEqualTo(first.provenAt());
    assertThat(again.removalHoldEndsAt()).isEqualTo(first.removalHoldEndsAt());

    CaseDeadlines.CourtDeadlines court =
        asSystem.get(() -> courtAccess.computeDeadlines(opened.id(), Optional.empty()));
    assertThat(court.filingDeadline()).isEqualTo(first.provenAt().plus(Duration.ofDays(30)));
    assertThat(court.reminderAt()).isEqualTo(court.filingDeadline().minus(Duration.ofDays(7)));

    CaseSummary summary = caseRecords.find(opened.id()).orElseThrow();
    assertThat(summary.removalHoldState()).isEqualTo(RemovalHoldState.IN_PLACE);
    assertThat(summary.noticeChannel()).isEqualTo(NoticeChannel.EMAIL);
    assertThat(summary.noticeProvenAt().toInstant()).isEqualTo(first.provenAt());
    assertThat(summary.courtFilingState()).isEqualTo(CourtFilingState.DUE);
    // the case's own process runs meanwhile (a locate attempt, the same hold): only ours count
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .extracting(CaseProgress.Entry::kind)
        .contains(
            CaseEventKind.REMOVAL_HOLD_PLACED,
            CaseEventKind.NOTICE_SENT,
            CaseEventKind.NOTICE_PROVEN,
            CaseEventKind.COURT_DEADLINE_SET)
        .containsOnlyOnce(CaseEventKind.REMOVAL_HOLD_PLACED, CaseEventKind.NOTICE_PROVEN);
  }

  @Test
  void aCaseClosesOnceWithItsOutcome() {
    asSystem.run(() -> progress.placeRemovalHold(opened.id()));
    asSystem.run(() -> progress.endRemovalHold(opened.id()));
    asSystem.run(() -> progress.close(opened.id(), CaseOutcome.DECLINED));
    asSystem.run(() -> progress.close(opened.id(), CaseOutcome.DECLINED));

    assertThatThrownBy(() -> asSystem.run(() -> progress.close(opened.id(), CaseOutcome.RELEASED)))
        .hasStackTraceContaining("closed with DECLINED");
    CaseSummary summary = caseRecords.find(opened.id()).orElseThrow();
    assertThat(summary.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(summary.outcome()).isEqualTo(CaseOutcome.DECLINED);
    assertThat(summary.removalHoldState()).isEqualTo(RemovalHoldState.ENDED);
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .filteredOn(entry -> entry.kind() == CaseEventKind.CASE_CLOSED)
        .hasSize(1);
  }

  @Test
  void aLetterIsQueuedInThePersonsLanguageWithoutAnAddressAndIsNotSentYet() {
    asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.LETTER, "es"));

    List<LetterView> letters = letterQueue.lettersOf(opened.id());
    assertThat(letters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.language()).isEqualTo("es");
              assertThat(letter.status()).isEqualTo(LetterStatus.QUEUED);
              assertThat(letter.batchId()).isNull();
              assertThat(letter.documentSha256()).isNull();
            });
    // a letter counts as sent once its print batch is mailed (LetterBatchesIT), not when queued
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .noneMatch(entry -> entry.kind() == CaseEventKind.NOTICE_SENT);
  }

  /** The person's only email is not safe to use: an email notice has no address to go to. */
  @Test
  void anEmailNoticeWithoutAKnownAddressIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(
            () -> asSystem.run(() -> noticeDispatch.send(opened.id(), NoticeChannel.EMAIL, "en")))
        .hasStackTraceContaining("cannot send the notice by EMAIL");
    assertThatThrownBy(
            () ->
                asSystem.run(
                    () -> noticeDispatch.send(opened.id(), NoticeChannel.HAND_DELIVERY, "en")))
        .hasStackTraceContaining("worked by a caseworker");

    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .noneMatch(entry -> entry.kind() == CaseEventKind.NOTICE_SENT);
  }

  @Test
  void anOverdueTaskRisesAndTheSupervisorsAreToldTheCaseAndTheTaskOnly() {
    Task first =
        Eventually.await(
            "the first task of the case",
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(opened.id().toString())
                    .singleResult());
    int before = first.getPriority();

    int escalated =
        asSystem.get(
            () ->
                escalation.escalate(
                    first.getProcessInstanceId(), opened.id(), first.getTaskDefinitionKey()));

    assertThat(escalated).isOne();
    assertThat(taskService.createTaskQuery().taskId(first.getId()).singleResult().getPriority())
        .isEqualTo(before + 25);
    Mailbox.Received mail =
        Eventually.await(
            "the supervisors' mail",
            () ->
                Mailbox.of(CampaignSettings.current().supervisorsMail()).stream()
                    .filter(m -> m.subject().equals("Overdue task on case " + opened.reference()))
                    .findFirst()
                    .orElse(null));
    assertThat(mail.body()).contains(opened.reference()).contains(first.getName());
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .filteredOn(entry -> entry.kind() == CaseEventKind.TASK_ESCALATED)
        .hasSize(1);
  }

  @Test
  void theLegalAccessTeamIsRemindedOfTheFilingDeadline() {
    asSystem.run(() -> progress.recordNoticeSent(opened.id(), NoticeChannel.ATTORNEY));
    asSystem.get(
        () ->
            progress.recordNoticeProven(opened.id(), NoticeChannel.ATTORNEY, Duration.ofDays(30)));
    CaseDeadlines.CourtDeadlines court =
        asSystem.get(
            () ->
                courtAccess.computeDeadlines(
                    opened.id(), Optional.of(Instant.parse("2026-12-01T10:00:00Z"))));

    asSystem.run(() -> courtAccess.sendReminder(opened.id()));

    assertThat(court.filingDeadline()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
    Mailbox.Received mail =
        Eventually.await(
            "the reminder",
            () ->
                Mailbox.of(CampaignSettings.current().legalAccessMail()).stream()
                    .filter(
                        m -> m.subject().equals("Court filing due for case " + opened.reference()))
                    .findFirst()
                    .orElse(null));
    assertThat(mail.body()).contains("2026-12-31");
    assertThat(caseRecords.find(opened.id()).orElseThrow().courtFilingState())
        .isEqualTo(CourtFilingState.REMINDED);
  }

  @Test
  void theImportedExposureReachesThePersonsCaseWithTheProtectionClaimOfADisclosure()
      throws Exception {
    NewAffectedPerson generated = TestPeople.unregistered(1, registry, asAdmin).get(0);
    NewAffectedPerson disclosed =
        new NewAffectedPerson(
            generated.familyName(),
            generated.givenNames(),
            generated.alternateNames(),
            generated.dateOfBirth(),
            generated.nationality(),
            generated.aNumber(),
            generated.preferredLanguages(),
            generated.custodyStatus(),
            generated.custodyFacts(),
            generated.contactPoints(),
            generated.attorney(),
            new RiskNotes(true, null),
            EnumSet.of(
                ExposedField.NAME,
                ExposedField.DATE_OF_BIRTH,
                ExposedField.NATIONALITY,
                ExposedField.DETENTION_LOCATION,
                ExposedField.A_NUMBER));
    StringWriter csv = new StringWriter();
    SyntheticFile.write(List.of(disclosed), csv);

    ImportSummary imported =
        asAdmin.call(
            () ->
                imports.importCsv(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    ImportOptions.DEFAULT));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.created()).isOne();
    UUID personId =
        asAdmin.call(() -> registry.idsByANumbers(List.of(disclosed.aNumber()))).values().stream()
            .findFirst()
            .orElseThrow();
    UUID caseId = Eventually.await("the case the import's start opened", () -> caseOf(personId));
    // the process loads the person's facts on the job executor, and the case records the exposure
    CaseSummary loaded =
        Eventually.await(
            "the exposure on the case",
            () -> caseRecords.find(caseId).filter(c -> !c.exposure().isEmpty()).orElse(null));
    assertThat(loaded.exposure())
        .containsExactly(
            ExposedField.NAME,
            ExposedField.DATE_OF_BIRTH,
            ExposedField.NATIONALITY,
            ExposedField.DETENTION_LOCATION,
            ExposedField.A_NUMBER,
            ExposedField.PROTECTION_CLAIM);
  }

  private UUID caseOf(UUID personId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM outreach_case WHERE person_id = ?")) {
      statement.setObject(1, personId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getObject(1, UUID.class) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
