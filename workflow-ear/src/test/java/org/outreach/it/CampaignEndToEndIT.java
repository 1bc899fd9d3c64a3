package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseOutcome;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseStatus;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.CourtFilingState;
import org.outreach.cases.CustodyReviewOutcome;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.RemovalHoldState;
import org.outreach.cases.ReturnOutcome;
import org.outreach.caseview.CaseDesk;
import org.outreach.caseview.CaseFile;
import org.outreach.court.ConsultationOutcome;
import org.outreach.court.ConsultationPlace;
import org.outreach.court.Consultations;
import org.outreach.court.CourtFilings;
import org.outreach.court.NewConsultationOffer;
import org.outreach.court.NewConsultationSchedule;
import org.outreach.court.NewCourtFiling;
import org.outreach.custody.CustodyDecision;
import org.outreach.custody.CustodyReviews;
import org.outreach.custody.NewCustodyReview;
import org.outreach.engine.EngineClock;
import org.outreach.engine.ProcessEngineBootstrap;
import org.outreach.it.support.ApprovedTexts;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.ErasedCasesInTheBrowser;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.JobDriver;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.Mailbox;
import org.outreach.it.support.TestStaff;
import org.outreach.mail.outbox.EmailStatus;
import org.outreach.notice.delivery.DeliveryOutcome;
import org.outreach.notice.delivery.HandDeliveries;
import org.outreach.notice.delivery.NewHandDelivery;
import org.outreach.notice.outbox.EmailOutbox;
import org.outreach.notice.page.NoticePage;
import org.outreach.notice.page.NoticePageTries;
import org.outreach.notice.page.PageAnswer;
import org.outreach.notice.templates.NoticeSettings;
import org.outreach.notice.templates.SafeWording;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateType;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.processes.Teams;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RemovalTiming;
import org.outreach.retention.ErasedCaseView;
import org.outreach.retention.ErasureReport;
import org.outreach.retention.InvalidRetentionHoldException;
import org.outreach.retention.RetentionHoldReason;
import org.outreach.retention.RetentionHoldView;
import org.outreach.retention.RetentionHolds;
import org.outreach.retention.RetentionSweep;
import org.outreach.tasks.TaskInbox;
import org.outreach.travel.ArrivalOutcome;
import org.outreach.travel.NewArrival;
import org.outreach.travel.NewReturnWish;
import org.outreach.travel.NewTravelBooking;
import org.outreach.travel.NewTravelContact;
import org.outreach.travel.NewTravelDocuments;
import org.outreach.travel.ReturnTravels;
import org.outreach.travel.ReturnWish;
import org.outreach.travel.TravelContactKind;
import org.outreach.travel.TravelDocumentKind;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Whole cases on the real server with the real models and delegates: a person is registered, their
 * case opened, the job executor runs every automated step, staff logged in through the realm work
 * the tasks with outcomes, the notice is acknowledged through {@link CaseEvents}, and timers that
 * would wait days are executed as if their time had come. The case ends closed with the outcome the
 * campaign reports.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignEndToEndIT {

  private static final String CASEWORKER = "it-e2e-caseworker";
  private static final String SUPERVISOR = "it-e2e-supervisor";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithPdfTests(
        CampaignEndToEndIT.class, JobDriver.class, Mailbox.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseRecords caseRecords;
  @Inject CaseProgress caseProgress;
  @Inject AsSystem asSystem;
  @Inject TaskInbox inbox;
  @Inject HandDeliveries handDeliveries;
  @Inject CustodyReviews custodyReviews;
  @Inject Consultations consultations;
  @Inject CourtFilings courtFilings;
  @Inject ReturnTravels returnTravels;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject UserAdministration users;
  @Inject JobDriver jobs;
  @Inject TemplateReview templateReview;
  @Inject EmailOutbox emailOutbox;
  @Inject NoticePage noticePage;
  @Inject NoticePageTries noticePageTries;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject RetentionSweep retentionSweep;
  @Inject ErasureReport erasureReport;
  @Inject RetentionHolds retentionHolds;
  @Inject CaseDesk caseDesk;
  @Inject ProcessEngineBootstrap engine;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** The detained person's case the first test closed, for the retention test after it. */
  private static OpenedCase closedDetainedCase;

  private static NewAffectedPerson closedDetainedPerson;

  private static final LocalDate BORN = LocalDate.of(1988, 4, 12);

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void staffAndApprovedTexts() {
    if (asAdmin == null) {
      // a test run as a client (the browser's) has no container to inject into: the staff exist
      return;
    }
    asAdmin.run(
        () -> {
          ApprovedTexts.approveLatest(
              templateReview, TemplateType.NOTICE, TemplateType.NEUTRAL_EMAIL);
          ensure(
              CASEWORKER,
              Role.CASEWORKER,
              Set.of(
                  Teams.LOCATE, Teams.DETENTION, Teams.RELEASE, Teams.REMOVAL, Teams.LEGAL_ACCESS));
          ensure(SUPERVISOR, Role.SUPERVISOR, Set.of(Teams.SUPERVISORS));
        });
  }

  @Test
  @Order(1)
  void aDetainedPersonIsNotifiedInCustodyHasTheirCustodyReviewedAndIsReleased() throws Exception {
    NewAffectedPerson person =
        person(
            CustodyStatus.DETAINED,
            CustodyFacts.detained("Facility-" + marker, LocalDate.of(2026, 9, 14)),
            List.of());
    OpenedCase opened = open(person);
    List<Integer> escalatedPriority = new ArrayList<>();

    List<String> steps =
        drive(
            opened,
            Map.of(
                DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
                taskId ->
                    handDeliveries.record(
                        taskId,
                        new NewHandDelivery(
                            DeliveryOutcome.RECEIPT_SIGNED, now(), "Officer " + marker, null),
                        new ByteArrayInputStream(onePagePdf())),
                CustodyReviewProcess.TASK_REVIEW_CUSTODY,
                taskId ->
                    custodyReviews.record(
                        taskId,
                        new NewCustodyReview(
                            CustodyDecision.RELEASE_REQUESTED,
                            "No flight risk; grounds " + marker,
                            today())),
                CourtAccessProcess.TASK_OFFER_CONSULTATION,
                this::consultationAccepted,
                CourtAccessProcess.TASK_SCHEDULE_CONSULTATION,
                this::consultationScheduled,
                CourtAccessProcess.TASK_FILE_COURT_NOTICE,
                this::courtNoticeFiled),
            task -> {
              // the hand delivery is two days overdue: supervisors hear of it, it rises in inboxes
              if (task.getTaskDefinitionKey().equals(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)
                  && escalatedPriority.isEmpty()) {
                escalatedPriority.add(escalate(opened, task));
              }
            });

    assertThat(steps)
        .contains(
            DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
            CustodyReviewProcess.TASK_REVIEW_CUSTODY,
            CourtAccessProcess.TASK_FILE_COURT_NOTICE);
    assertThat(escalatedPriority).containsExactly(75);
    assertThat(
            Mailbox.of(CampaignSettings.current().supervisorsMail()).stream()
                .map(Mailbox.Received::subject))
        .contains("Overdue task on case " + opened.reference());

    CaseSummary closed = caseRecords.find(opened.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo(CaseOutcome.RELEASED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(closed.custodyReviewOutcome()).isEqualTo(CustodyReviewOutcome.RELEASE_REQUESTED);
    assertThat(closed.noticeChannel()).isEqualTo(NoticeChannel.HAND_DELIVERY);
    assertThat(closed.priority()).isNotNull();
    assertRemovalHoldAndCourtCountFromTheNotice(closed);
    assertThat(asSystem.get(() -> caseProgress.trailOf(opened.id())))
        .extracting(CaseProgress.Entry::kind)
        .contains(
            CaseEventKind.REMOVAL_HOLD_PLACED,
            CaseEventKind.TASK_ESCALATED,
            CaseEventKind.NOTICE_PROVEN,
            CaseEventKind.CUSTODY_REVIEWED,
            CaseEventKind.COURT_NOTICE_FILED,
            CaseEventKind.REMOVAL_HOLD_ENDED,
            CaseEventKind.CASE_CLOSED);
    assertNoPersonalDataInTheProcesses(opened, person);
    closedDetainedCase = opened;
    closedDetainedPerson = person;
  }

  @Test
  @Order(2)
  void aRemovedPersonIsNotifiedByEmailInTheirLanguageAcknowledgesAndReturns() throws Exception {
    String email = "person-" + marker + "@outreach.test";
    NewAffectedPerson person =
        person(
            CustodyStatus.REMOVED,
            CustodyFacts.removed("HN", LocalDate.of(2026, 6, 2), RemovalTiming.BEFORE_LEAK_FOUND),
            List.of(
                new ContactPoint(
                    ContactKind.EMAIL, email, "intake", LocalDate.of(2026, 11, 2), true)));
    OpenedCase opened = open(person);

    List<String> steps =
        drive(
            opened,
            Map.of(
                ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH,
                taskId ->
                    returnTravels.confirmWish(
                        taskId,
                        new NewReturnWish(counsel(), today(), ReturnWish.WISHES_TO_RETURN, null)),
                ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS,
                taskId ->
                    returnTravels.recordDocuments(
                        taskId,
                        new NewTravelDocuments(
                            TravelDocumentKind.TRAVEL_DOCUMENT,
                            "Consular section",
                            today(),
                            today().plusMonths(6),
                            counsel(),
                            null)),
                ReturnTravelProcess.TASK_BOOK_TRAVEL,
                taskId ->
                    returnTravels.recordBooking(
                        taskId,
                        new NewTravelBooking(
                            "Carrier " + marker,
                            today(),
                            "Tegucigalpa",
                            "Houston",
                            "BK-" + marker,
                            counsel(),
                            null)),
                ReturnTravelProcess.TASK_CONFIRM_ARRIVAL,
                taskId ->
                    returnTravels.confirmArrival(
                        taskId, new NewArrival(ArrivalOutcome.ARRIVED, today(), counsel(), null)),
                CourtAccessProcess.TASK_OFFER_CONSULTATION,
                this::consultationAccepted,
                CourtAccessProcess.TASK_SCHEDULE_CONSULTATION,
                this::consultationScheduled,
                CourtAccessProcess.TASK_FILE_COURT_NOTICE,
                this::courtNoticeFiled),
            task -> {});

    assertThat(steps)
        .doesNotContain(LocatePersonProcess.TASK_LOCATE_PERSON)
        .contains(ReturnTravelProcess.TASK_CONFIRM_ARRIVAL);
    List<Mailbox.Received> mail = Mailbox.of(email);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).messageId())
        .isEqualTo(asSystem.get(() -> emailOutbox.emailsOf(opened.id())).get(0).messageId());
    // the email says nothing of the person's situation: the reference and where to read the letter
    assertThat(mail.get(0).subject())
        .isEqualTo("Una carta para usted – referencia " + opened.reference());
    assertThat(mail.get(0).body())
        .contains(opened.reference())
        .contains(NoticeSettings.current().noticePageAddress());
    for (String text : List.of(mail.get(0).subject(), mail.get(0).body())) {
      assertThat(text)
          .doesNotContain(person.familyName())
          .doesNotContain(person.givenNames())
          .doesNotContain(person.aNumber())
          .doesNotContain(person.dateOfBirth().toString())
          .doesNotContain(email);
      assertThat(SafeWording.fromRepository().allIn(text)).as("unsafe words").isEmpty();
    }

    CaseSummary closed = caseRecords.find(opened.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo(CaseOutcome.RETURNED);
    assertThat(closed.returnOutcome()).isEqualTo(ReturnOutcome.ARRIVED);
    assertThat(closed.noticeChannel()).isEqualTo(NoticeChannel.EMAIL);
    assertRemovalHoldAndCourtCountFromTheNotice(closed);
    assertThat(asSystem.get(() -> caseProgress.trailOf(opened.id())))
        .filteredOn(entry -> entry.kind() == CaseEventKind.NOTICE_SENT)
        .extracting(CaseProgress.Entry::channel)
        .containsExactly(NoticeChannel.EMAIL);
    assertNoPersonalDataInTheProcesses(opened, person);
  }

  /**
   * Works the case until it is closed: lets the job executor run what is due, then records the open
   * task's work through its capability's service (which completes it), or acknowledges a notice
   * that waits for it, or executes the next timer that is not an overdue alarm. Returns the tasks
   * and timers it went through.
   */
  private List<String> drive(
      OpenedCase opened, Map<String, Recorder> recorders, Consumer<Task> beforeCompleting)
      throws Exception {
    String caseId = opened.id().toString();
    List<String> steps = new ArrayList<>();
    for (int step = 0; step < 80; step++) {
      settle(caseId);
      if (caseRecords.find(opened.id()).orElseThrow().status() == CaseStatus.CLOSED
          && jobs.instancesOf(caseId).isEmpty()) {
        return steps;
      }
      List<Task> open =
          taskService.createTaskQuery().processInstanceBusinessKey(caseId).active().list();
      if (!open.isEmpty()) {
        Task task = open.get(0);
        String key = task.getTaskDefinitionKey();
        Recorder recorder = recorders.get(key);
        if (recorder == null) {
          fail("No work scripted for " + key + " after " + steps);
        }
        beforeCompleting.accept(task);
        work(task, recorder);
        steps.add(key);
        continue;
      }
      if (awaitsAcknowledgement(opened.id())) {
        // the person reads the notice on the notice page and confirms it there
        PageAnswer answer = noticePage.acknowledge(opened.reference(), BORN, "127.0.0.1");
        assertThat(answer)
            .as("a process waited for the acknowledgement")
            .isEqualTo(new PageAnswer.Acknowledged(true));
        steps.add("NoticeAcknowledged");
        continue;
      }
      Optional<JobDriver.WaitingTimer> timer =
          jobs.timers(caseId).stream()
              .filter(waiting -> !waiting.activityId().endsWith("Overdue"))
              .findFirst();
      if (timer.isEmpty() && jobs.pendingJobs(caseId) > 0) {
        // a step became due after the settle looked (the job executor committed it meanwhile)
        continue;
      }
      if (timer.isEmpty()) {
        fail(
            "Case "
                + caseId
                + " is stuck after "
                + steps
                + ": no task, message or timer; the engine has "
                + jobs.describe(caseId)
                + "; the case is "
                + caseRecords.find(opened.id()).orElseThrow());
      }
      jobs.execute(timer.get().jobId());
      steps.add(timer.get().activityId());
    }
    fail("Case " + caseId + " did not close within 80 steps: " + steps);
    return steps;
  }

  /**
   * The released person's closed case, moved back to have closed in 2020 (so no other case of the
   * database is due with it), is kept by the retention job run on the engine's clock a day short of
   * three years later, and erased a day after three years: the person's record keeps only what the
   * statistics count, the case's records, documents and process histories go, the case's row, the
   * rows the funnel counts and the audit trail stay, and supervisors read what went.
   */
  @Test
  @Order(3)
  void theClosedCaseIsErasedOnceTheRetentionPeriodHasPassed() throws Exception {
    assertThat(closedDetainedCase).as("the case the first test closed").isNotNull();
    UUID caseId = closedDetainedCase.id();
    UUID personId = caseRecords.personOf(caseId).orElseThrow();
    Instant closedAt = Instant.parse("2020-03-02T10:00:00Z");
    sql("UPDATE outreach_case SET closed_at = ? WHERE id = ?", Timestamp.from(closedAt), caseId);
    long auditBefore = count("SELECT COUNT(*) FROM audit_event WHERE case_id = ?", caseId);
    List<String> funnelBefore = funnelViewsHolding(caseId);
    assertThat(funnelBefore).isNotEmpty();
    long documentsBefore = count("SELECT COUNT(*) FROM case_document WHERE case_id = ?", caseId);
    assertThat(documentsBefore).as("the receipt and the court filing").isGreaterThanOrEqualTo(2);

    RetentionSweep.Sweep early =
        onTheEngineClock(
            Instant.parse("2023-03-01T10:00:00Z"),
            () -> asSystem.get(() -> retentionSweep.sweep(EngineClock.now())));
    assertThat(early.erased()).isZero();
    assertThat(count("SELECT COUNT(*) FROM erased_case WHERE case_id = ?", caseId)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM affected_person WHERE id = ? AND a_number IS NULL", personId))
        .isZero();

    Instant erasedAt = Instant.parse("2023-03-03T10:00:00Z");
    // a supervisor keeps the case past the period (a court matter pending): the sweep leaves it
    RetentionHoldView hold =
        asSupervisor.call(
            () -> retentionHolds.place(caseId, RetentionHoldReason.COURT_MATTER_PENDING));
    assertThat(hold.reason()).isEqualTo(RetentionHoldReason.COURT_MATTER_PENDING);
    // who placed it is checked in the browser below (a role run here has no principal of its own)
    assertThat(asSupervisor.call(() -> retentionHolds.of(caseId))).contains(hold);
    RetentionSweep.Sweep held =
        onTheEngineClock(
            erasedAt, () -> asSystem.get(() -> retentionSweep.sweep(EngineClock.now())));
    assertThat(held.erased()).isZero();
    assertThat(count("SELECT COUNT(*) FROM erased_case WHERE case_id = ?", caseId)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM affected_person WHERE id = ? AND a_number IS NOT NULL",
                personId))
        .isOne();
    // lifted, the next sweep erases it
    assertThat(asSupervisor.call(() -> retentionHolds.lift(caseId))).isTrue();
    assertThat(asSupervisor.call(() -> retentionHolds.of(caseId))).isEmpty();

    RetentionSweep.Sweep late =
        onTheEngineClock(
            erasedAt, () -> asSystem.get(() -> retentionSweep.sweep(EngineClock.now())));
    assertThat(late.erased()).isEqualTo(1);
    assertThat(late.kept()).isZero();
    assertThat(late.failed()).isZero();

    // the person's record: nothing that names, dates or reaches them; the statistics' fields stay
    assertThat(
            count(
                "SELECT COUNT(*) FROM affected_person WHERE id = ? AND family_name IS NULL"
                    + " AND given_names IS NULL AND date_of_birth IS NULL AND a_number IS NULL"
                    + " AND a_number_index IS NULL AND date_of_birth_index IS NULL"
                    + " AND detained_since IS NULL AND risk_note IS NULL"
                    + " AND attorney_name IS NULL AND erased_at IS NOT NULL"
                    + " AND nationality IS NOT NULL AND detention_facility IS NOT NULL",
                personId))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM person_contact_point WHERE person_id = ?", personId))
        .isZero();
    assertThat(
            count("SELECT COUNT(*) FROM affected_person_name_token WHERE person_id = ?", personId))
        .isZero();
    // the case's records and documents
    for (String table :
        List.of(
            "case_document",
            "custody_review",
            "court_filing",
            "contact_attempt",
            "phone_call",
            "partner_notice",
            "removal_stop",
            "return_travel_step")) {
      assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?", caseId))
          .as(table)
          .isZero();
    }
    assertThat(
            count(
                "SELECT COUNT(*) FROM consultation WHERE case_id = ? AND (counsel_name IS NOT NULL"
                    + " OR counsel_organisation IS NOT NULL OR note IS NOT NULL)",
                caseId))
        .isZero();
    // the engine's history of the case's processes
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId.toString())
                .count())
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?",
                closedDetainedCase.processInstanceId()))
        .isZero();

    // what stays: the case, the funnel's rows, the audit trail with the erasure in it
    CaseSummary kept = caseRecords.find(caseId).orElseThrow();
    assertThat(kept.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(kept.outcome()).isEqualTo(CaseOutcome.RELEASED);
    assertThat(funnelViewsHolding(caseId)).isEqualTo(funnelBefore);
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE case_id = ?", caseId))
        .isEqualTo(auditBefore + 3);
    for (AuditAction action :
        List.of(
            AuditAction.PLACE_RETENTION_HOLD,
            AuditAction.LIFT_RETENTION_HOLD,
            AuditAction.ERASE_CASE_RECORDS)) {
      assertThat(
              count(
                  "SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = ?",
                  caseId,
                  action.name()))
          .as(action.name())
          .isEqualTo(1);
    }

    // what supervisors read: the report, and the case page saying the record was erased
    ErasedCaseView report =
        asSupervisor.call(
            () ->
                erasureReport.page(0, (int) erasureReport.count()).stream()
                    .filter(erased -> erased.reference().equals(closedDetainedCase.reference()))
                    .findFirst()
                    .orElseThrow());
    assertThat(report.population()).isEqualTo("DETAINED");
    assertThat(report.outcome()).isEqualTo(CaseOutcome.RELEASED.name());
    assertThat(report.closedAt()).isEqualTo(closedAt);
    assertThat(report.erasedAt()).isEqualTo(erasedAt);
    assertThat(report.documents()).isEqualTo(documentsBefore);
    assertThat(report.processes()).isGreaterThanOrEqualTo(4);
    assertThat(report.kinds())
        .containsKeys(
            "person-record", "documents", "custody-reviews", "court-filings", "consultations");
    assertThat(report.records())
        .isEqualTo(report.kinds().values().stream().mapToInt(Integer::intValue).sum());
    CaseFile file = asSupervisor.call(() -> caseDesk.open(caseId, AccessPurpose.SUPERVISION));
    assertThat(file.person()).isEmpty();
    assertThat(file.personErasedAt()).isEqualTo(erasedAt);
    assertThat(file.documents()).isEmpty();

    // a second sweep finds nothing more to do
    RetentionSweep.Sweep again =
        onTheEngineClock(
            erasedAt, () -> asSystem.get(() -> retentionSweep.sweep(EngineClock.now())));
    assertThat(again.erased()).isZero();
    // an erased case cannot be held any more
    assertThatThrownBy(
            () ->
                asSupervisor.call(
                    () -> retentionHolds.place(caseId, RetentionHoldReason.LEGAL_CLAIM)))
        .isInstanceOfSatisfying(
            InvalidRetentionHoldException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidRetentionHoldException.Rule.ALREADY_ERASED));

    // listed again (in a later import, say), the person is registered anew: nothing of the erased
    // record matches them any more
    UUID registeredAgain = asAdmin.call(() -> registry.register(closedDetainedPerson));
    assertThat(registeredAgain).isNotEqualTo(personId);
    assertThat(
            asSupervisor.call(
                () ->
                    registry.idByANumber(
                        closedDetainedPerson.aNumber(), AccessPurpose.SUPERVISION)))
        .contains(registeredAgain);
  }

  /**
   * A supervisor finds the erased case on the erased cases page, with what went, and its case page
   * says the record was erased (the browser runs as a client after the erasure above).
   */
  @Test
  @Order(4)
  @RunAsClient
  void supervisorsReadWhatTheRetentionJobErased() {
    // the browser's classes are not in the deployment: the page is driven by a class of its own
    ErasedCasesInTheBrowser.check(SUPERVISOR, TestStaff.PASSWORD);
  }

  /** The notice page's failed tries are forgotten once neither of its windows counts them. */
  @Test
  @Order(5)
  void theNoticePagesOldTriesAreForgotten() throws Exception {
    Instant now = Instant.now();
    String addressKey = "forget-" + UUID.randomUUID();
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    String insert =
        "INSERT INTO notice_page_try (id, reference, address_key, failed_at) VALUES (?, NULL, ?, ?)";
    sql(insert, old, addressKey, Timestamp.from(now.minus(Duration.ofDays(30))));
    sql(insert, recent, addressKey, Timestamp.from(now.minus(Duration.ofMinutes(1))));

    assertThatThrownBy(() -> noticePageTries.forgetOld(now)).isInstanceOf(EJBAccessException.class);
    assertThat(asSystem.get(() -> noticePageTries.forgetOld(now))).isPositive();

    assertThat(count("SELECT COUNT(*) FROM notice_page_try WHERE id = ?", old)).isZero();
    assertThat(count("SELECT COUNT(*) FROM notice_page_try WHERE id = ?", recent)).isOne();
  }

  /** Runs {@code work} with the engine's clock at {@code at} and its job executor stopped. */
  private <T> T onTheEngineClock(Instant at, Supplier<T> work) {
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.processEngine().getProcessEngineConfiguration())
            .getJobExecutor();
    executor.shutdown();
    ClockUtil.setCurrentTime(Date.from(at));
    try {
      return work.get();
    } finally {
      ClockUtil.reset();
      executor.start();
    }
  }

  /** The funnel's views (published by the capabilities) that hold the case. */
  private List<String> funnelViewsHolding(UUID caseId) throws SQLException {
    List<String> views = new ArrayList<>();
    for (String view :
        List.of(
            "located_case",
            "acknowledged_case",
            "consultation_scheduled_case",
            "consultation_held_case",
            "custody_released_case",
            "notice_dispatch")) {
      if (count("SELECT COUNT(*) FROM " + view + " WHERE case_id = ?", caseId) > 0) {
        views.add(view);
      }
    }
    return views;
  }

  private long count(String query, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(query)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void sql(String update, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(update)) {
      bind(statement, parameters);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  /**
   * Waits until the job executor has run everything due, including a first step held back while
   * another test's bulk start runs; a failed job fails the test at once.
   */
  private void settle(String caseId) {
    Eventually.await(
        "the job executor to finish the due steps of case " + caseId,
        () -> {
          jobs.failure(caseId).ifPresent(failure -> fail("A step failed: " + failure));
          // a first step held back by another test's bulk start counts: it runs once that ends
          return jobs.pendingJobs(caseId) == 0;
        });
    // an email the case's process wrote goes out on the dispatcher's next round
    Eventually.await(
        "the email notices of case " + caseId + " to be sent",
        () ->
            asSystem.get(() -> emailOutbox.emailsOf(UUID.fromString(caseId))).stream()
                .allMatch(
                    email ->
                        email.status() == EmailStatus.SENT
                            || email.status() == EmailStatus.FAILED));
  }

  private boolean awaitsAcknowledgement(UUID caseId) {
    CaseSummary summary = caseRecords.find(caseId).orElseThrow();
    return summary.noticeProvenAt() == null
        && asSystem.get(() -> caseProgress.trailOf(caseId)).stream()
            .anyMatch(entry -> entry.kind() == CaseEventKind.NOTICE_SENT);
  }

  /** What a staff member records for a task; the capability's service completes the task. */
  @FunctionalInterface
  private interface Recorder {
    void record(String taskId) throws Exception;
  }

  /**
   * Claims the task through the inbox and records its work through its form's service, as the staff
   * member of its team.
   */
  private void work(Task task, Recorder recorder) throws Exception {
    boolean forSupervisors =
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId)
            .anyMatch(Teams.SUPERVISORS::equals);
    LoggedIn.as(
        forSupervisors ? SUPERVISOR : CASEWORKER,
        TestStaff.PASSWORD,
        () -> {
          inbox.claim(task.getId());
          recorder.record(task.getId());
          return null;
        });
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
        .as("the record completed " + task.getTaskDefinitionKey())
        .isZero();
  }

  private void consultationAccepted(String taskId) {
    consultations.offer(
        taskId,
        new NewConsultationOffer(
            "Counsel " + marker, "Legal aid", today(), ConsultationOutcome.ACCEPTED, null));
  }

  private void consultationScheduled(String taskId) {
    consultations.schedule(
        taskId,
        new NewConsultationSchedule(
            "Counsel " + marker,
            "Legal aid",
            now().plusDays(2),
            ConsultationPlace.REMOTE,
            null,
            null));
  }

  private void courtNoticeFiled(String taskId) throws IOException {
    courtFilings.record(
        taskId,
        new NewCourtFiling("Immigration court", today(), "CF-" + marker),
        new ByteArrayInputStream(onePagePdf()));
  }

  private NewTravelContact counsel() {
    return new NewTravelContact(TravelContactKind.COUNSEL, "Counsel " + marker, "Legal aid");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A receipt or a filing as uploaded: a real PDF of one blank page. */
  private static byte[] onePagePdf() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Fires the task's overdue timer as if its due date had passed; returns the new priority. */
  private int escalate(OpenedCase opened, Task task) {
    String caseId = opened.id().toString();
    JobDriver.WaitingTimer overdue =
        jobs.timers(caseId).stream()
            .filter(
                timer ->
                    timer
                        .activityId()
                        .equals(DeliverNoticeProcess.TIMER_HAND_DELIVER_NOTICE_OVERDUE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No overdue timer on " + task.getName()));
    jobs.execute(overdue.jobId());
    settle(caseId);
    Eventually.await(
        "the supervisors' mail about case " + opened.reference(),
        () ->
            Mailbox.of(CampaignSettings.current().supervisorsMail()).stream()
                .anyMatch(m -> m.subject().equals("Overdue task on case " + opened.reference())));
    return taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority();
  }

  private void assertRemovalHoldAndCourtCountFromTheNotice(CaseSummary closed) {
    assertThat(closed.noticeProvenAt()).isNotNull();
    assertThat(closed.removalHoldState()).isEqualTo(RemovalHoldState.ENDED);
    assertThat(Duration.between(closed.noticeProvenAt(), closed.removalHoldEndsAt()))
        .isEqualTo(Duration.ofDays(30));
    assertThat(closed.courtFilingState()).isEqualTo(CourtFilingState.FILED);
    assertThat(Duration.between(closed.noticeProvenAt(), closed.courtFilingDeadline()))
        .isEqualTo(Duration.ofDays(30));
  }

  /** No variable of any of the case's processes holds a name, number, date of birth or address. */
  private void assertNoPersonalDataInTheProcesses(OpenedCase opened, NewAffectedPerson person) {
    String[] instances =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(opened.id().toString())
            .list()
            .stream()
            .map(instance -> instance.getId())
            .toArray(String[]::new);
    assertThat(instances).isNotEmpty();
    List<HistoricVariableInstance> variables =
        historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).list();
    assertThat(variables).isNotEmpty();
    assertThat(variables)
        .allSatisfy(
            variable -> {
              String value = String.valueOf(variable.getValue());
              assertThat(value)
                  .as(variable.getName())
                  .doesNotContain(marker)
                  .doesNotContain(person.aNumber())
                  .doesNotContain(person.dateOfBirth().toString())
                  .doesNotContain("@");
            });
  }

  private OpenedCase open(NewAffectedPerson person) throws Exception {
    UUID personId = asAdmin.call(() -> registry.register(person));
    return asSupervisor.call(() -> caseOpening.openCaseFor(personId));
  }

  private NewAffectedPerson person(
      CustodyStatus status, CustodyFacts facts, List<ContactPoint> contactPoints) {
    return new NewAffectedPerson(
        "Family-" + marker,
        "Given-" + marker,
        List.of(),
        BORN,
        "HN",
        aNumber(),
        List.of("es"),
        status,
        facts,
        contactPoints,
        null,
        null);
  }

  /** Nine digits, different for every person of the run. */
  private static String aNumber() {
    return String.format(
        "%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
  }

  private void ensure(String username, Role role, Set<String> teams) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, TestStaff.PASSWORD.toCharArray(), Set.of(role), teams));
    }
  }
}
