package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseOutcome;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseStatus;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.CaseTeams;
import org.outreach.cases.CourtFilingState;
import org.outreach.cases.CustodyReviewOutcome;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.RemovalHoldState;
import org.outreach.cases.ReturnOutcome;
import org.outreach.correlation.CaseEvents;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.JobDriver;
import org.outreach.it.support.Mailbox;
import org.outreach.mail.MailSender;
import org.outreach.mail.OutboundMail;
import org.outreach.mail.outbox.Outbox;
import org.outreach.mail.outbox.OutboxDispatcher;
import org.outreach.mail.outbox.StaffMail;
import org.outreach.notice.NoticeDispatch;
import org.outreach.notice.letters.LetterQueue;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.notice.outbox.BounceReader;
import org.outreach.notice.outbox.EmailOutbox;
import org.outreach.notice.refusals.DispatchRefusals;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.processes.Teams;
import org.outreach.recipients.RecipientClass;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.NoticeAddresses;
import org.outreach.registry.PersonFacts;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.UnknownPersonException;
import org.outreach.tasks.TaskEscalation;
import org.outreach.tasks.WorkItems;

/**
 * Every delegate bean of the contract, called by name from a model the way the campaign's models
 * call them (save point before each, the job executor runs it), on the real server: what each one
 * sets as variables and stores on the case. Independent of the campaign's own models.
 */
@ExtendWith(ArquillianExtension.class)
class DelegatesIT {

  private static final String KEY = "it-every-delegate";
  private static final String TASK = "Task_Work";
  private static final String TIMER = "Timer_WorkOverdue";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(DelegatesIT.class, JobDriver.class, Mailbox.class);
  }

  @Inject RepositoryService repositoryService;
  @Inject RuntimeService runtimeService;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseRecords caseRecords;
  @Inject CaseProgress caseProgress;
  @Inject LetterQueue letterQueue;
  @Inject JobDriver jobs;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject NoticeAddresses noticeAddresses;
  @Inject CaseEvents caseEvents;
  @Inject PersonFacts personFacts;
  @Inject EmailOutbox emailOutbox;
  @Inject DispatchRefusals dispatchRefusals;
  @Inject NoticeDispatch noticeDispatch;
  @Inject AsSystem asSystem;
  @Inject WorkItems workItems;
  @Inject CaseTeams caseTeams;
  @Inject TaskEscalation taskEscalation;
  @Inject Outbox outbox;
  @Inject StaffMail staffMail;
  @Inject OutboxDispatcher outboxDispatcher;
  @Inject BounceReader bounceReader;
  @Inject MailSender mailSender;

  private String deployment;

  @BeforeEach
  void deployAModelCallingEveryDelegate() {
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent();
    for (String delegate :
        List.of(
            OutreachProcess.DELEGATE_LOAD_CASE_FACTS,
            LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
            LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT,
            OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY,
            OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD,
            DeliverNoticeProcess.DELEGATE_SEND_NOTICE,
            DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED,
            DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN,
            CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES,
            CourtAccessProcess.DELEGATE_SEND_DEADLINE_REMINDER,
            CourtAccessProcess.DELEGATE_RECORD_COURT_NOTICE_FILED,
            CustodyReviewProcess.DELEGATE_RECORD_CUSTODY_REVIEW,
            ReturnTravelProcess.DELEGATE_RECORD_RETURN,
            OutreachProcess.DELEGATE_FLAG_REMOVAL_DURING_HOLD,
            OutreachProcess.DELEGATE_END_REMOVAL_HOLD)) {
      flow =
          flow.serviceTask().camundaAsyncBefore().camundaDelegateExpression("${" + delegate + "}");
    }
    BpmnModelInstance model =
        flow.userTask(TASK)
            .name("Work the case")
            .boundaryEvent(TIMER)
            .cancelActivity(false)
            .timerWithDuration("P2D")
            .serviceTask()
            .camundaAsyncBefore()
            .camundaInputParameter(ProcessVariables.VAR_OVERDUE_TASK, TASK)
            .camundaDelegateExpression("${" + OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK + "}")
            .endEvent()
            .moveToActivity(TASK)
            .serviceTask()
            .camundaAsyncBefore()
            .camundaDelegateExpression("${" + OutreachProcess.DELEGATE_CLOSE_CASE + "}")
            .endEvent()
            .done();
    deployment =
        repositoryService
            .createDeployment()
            .addModelInstance(KEY + ".bpmn", model)
            .deploy()
            .getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deployment, true);
  }

  @Test
  void everyDelegateSetsItsVariablesAndRecordsOnTheCase() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String family = "Family-" + marker;
    String given = "Given-" + marker;
    String facility = "Facility-" + marker;
    LocalDate born = LocalDate.of(1991, 2, 3);
    String aNumber =
        String.format(
            "%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
    UUID personId =
        asAdmin.call(
            () ->
                registry.register(
                    new NewAffectedPerson(
                        family,
                        given,
                        List.of(),
                        born,
                        "CU",
                        aNumber,
                        List.of("es"),
                        CustodyStatus.DETAINED,
                        CustodyFacts.detained(facility, LocalDate.of(2026, 10, 1)),
                        List.of(),
                        null,
                        null)));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    String caseId = opened.id().toString();
    // the case's own outreach process is a bystander here: removed, so none of its steps (held
    // back while another test's bulk start runs) writes on the case after this model's steps
    removeOutreachProcessOf(caseId);
    String instance =
        runtimeService
            .startProcessInstanceByKey(
                KEY,
                caseId,
                Map.of(
                    ProcessVariables.VAR_CASE_ID,
                    caseId,
                    ProcessVariables.VAR_PRIORITY,
                    2,
                    ProcessVariables.VAR_PRIORITY_REASON,
                    "Detained",
                    ProcessVariables.VAR_CHANNEL,
                    NoticeChannel.LETTER.name(),
                    ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME,
                    CustodyReviewProcess.REVIEW_DETENTION_CONTINUES,
                    ProcessVariables.VAR_RETURN_WISH,
                    ReturnTravelProcess.RETURN_STAYS,
                    ProcessVariables.VAR_OUTCOME,
                    CaseOutcome.NOTIFIED_ACKNOWLEDGED.name()))
            .getId();

    Task work =
        Eventually.await(
            "the job executor to run every delegate up to the task",
            () -> {
              jobs.failure(caseId)
                  .ifPresent(failure -> org.assertj.core.api.Assertions.fail(failure));
              return taskService
                  .createTaskQuery()
                  .processInstanceId(instance)
                  .taskDefinitionKey(TASK)
                  .singleResult();
            });

    Map<String, Object> variables = runtimeService.getVariables(instance);
    assertThat(variables)
        .containsEntry(ProcessVariables.VAR_CUSTODY_STATUS, "DETAINED")
        .containsEntry(ProcessVariables.VAR_HAS_SAFE_EMAIL, false)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, "P30D")
        .containsEntry(ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, 5)
        .containsEntry(ProcessVariables.VAR_LOCATED, true)
        .containsEntry(ProcessVariables.VAR_LOCATE_ATTEMPTS, 1)
        .containsEntry(ProcessVariables.VAR_NOTICE_PROVEN, true)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, false);
    Date provenAt = (Date) variables.get(ProcessVariables.VAR_NOTICE_PROVEN_AT);
    Date holdEndsAt = (Date) variables.get(ProcessVariables.VAR_REMOVAL_HOLD_ENDS_AT);
    Date deadline = (Date) variables.get(ProcessVariables.VAR_COURT_FILING_DEADLINE);
    Date reminder = (Date) variables.get(ProcessVariables.VAR_COURT_FILING_REMINDER_AT);
    assertThat(Duration.between(provenAt.toInstant(), holdEndsAt.toInstant()))
        .isEqualTo(Duration.ofDays(30));
    assertThat(Duration.between(provenAt.toInstant(), deadline.toInstant()))
        .isEqualTo(Duration.ofDays(30));
    assertThat(Duration.between(reminder.toInstant(), deadline.toInstant()))
        .isEqualTo(Duration.ofDays(7));

    // the task is two days overdue
    jobs.execute(
        jobs.timers(caseId).stream()
            .filter(timer -> timer.activityId().equals(TIMER))
            .findFirst()
            .orElseThrow()
            .jobId());
    Eventually.await(
        "the escalation",
        () ->
            taskService.createTaskQuery().taskId(work.getId()).singleResult().getPriority() == 75);
    Eventually.await(
        "the supervisors' mail",
        () ->
            Mailbox.of(CampaignSettings.current().supervisorsMail()).stream()
                .anyMatch(m -> m.subject().equals("Overdue task on case " + opened.reference())));

    asSystem.run(() -> taskService.complete(work.getId()));
    Eventually.await(
        "the case to close",
        () -> caseRecords.find(opened.id()).orElseThrow().status() == CaseStatus.CLOSED);

    CaseSummary closed = caseRecords.find(opened.id()).orElseThrow();
    assertThat(closed.outcome()).isEqualTo(CaseOutcome.NOTIFIED_ACKNOWLEDGED);
    assertThat(closed.priority()).isEqualTo(2);
    assertThat(closed.urgent()).isTrue();
    assertThat(closed.removalHoldState()).isEqualTo(RemovalHoldState.ENDED);
    assertThat(closed.noticeChannel()).isEqualTo(NoticeChannel.LETTER);
    assertThat(closed.noticeProvenAt().toInstant()).isEqualTo(provenAt.toInstant());
    assertThat(closed.removalHoldEndsAt().toInstant()).isEqualTo(holdEndsAt.toInstant());
    assertThat(closed.courtFilingDeadline().toInstant()).isEqualTo(deadline.toInstant());
    assertThat(closed.courtFilingState()).isEqualTo(CourtFilingState.FILED);
    assertThat(closed.custodyReviewOutcome()).isEqualTo(CustodyReviewOutcome.DETENTION_CONTINUES);
    assertThat(closed.returnOutcome()).isEqualTo(ReturnOutcome.STAYS);
    assertThat(letterQueue.lettersOf(opened.id()))
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.language()).as("the person's language").isEqualTo("es");
              assertThat(letter.status()).isEqualTo(LetterStatus.QUEUED);
            });
    // the letter is queued, not sent: it counts as sent once its print batch is mailed
    // (LetterBatchesIT); this model proves the notice without waiting for the post
    assertThat(asSystem.get(() -> caseProgress.trailOf(opened.id())))
        .extracting(CaseProgress.Entry::kind)
        .containsExactlyInAnyOrder(
            CaseEventKind.LOCATE_ATTEMPT,
            CaseEventKind.REMOVAL_HOLD_PLACED,
            CaseEventKind.NOTICE_ATTEMPT_FAILED,
            CaseEventKind.NOTICE_PROVEN,
            CaseEventKind.COURT_DEADLINE_SET,
            CaseEventKind.COURT_REMINDER_SENT,
            CaseEventKind.COURT_NOTICE_FILED,
            CaseEventKind.CUSTODY_REVIEWED,
            CaseEventKind.RETURN_RECORDED,
            CaseEventKind.REMOVAL_SCHEDULED_DURING_HOLD,
            CaseEventKind.REMOVAL_HOLD_ENDED,
            CaseEventKind.TASK_ESCALATED,
            CaseEventKind.CASE_CLOSED);
    // no variable of any process that ran for the case (this model's, the removed outreach
    // process's and every called process) holds a value of the person's record
    List<String> instances =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    assertThat(instances).contains(instance).hasSizeGreaterThan(1);
    List<HistoricVariableInstance> all =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(instances.toArray(String[]::new))
            .list();
    assertThat(all).isNotEmpty();
    for (HistoricVariableInstance variable : all) {
      Object value = variable.getValue();
      String text = value == null ? "" : value.toString();
      assertThat(text)
          .as(variable.getName())
          .doesNotContain(marker)
          .doesNotContain(aNumber)
          .doesNotContain(born.toString());
      if (value instanceof Date date) {
        assertThat(date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate())
            .as(variable.getName())
            .isNotEqualTo(born);
      }
    }
  }

  /**
   * The services of the server's own work refuse a caller without identity (this test's thread is
   * anonymous), so no door without a login could reach them; the system's identity, under which the
   * jobs above ran, is admitted.
   */
  @Test
  void theSystemServicesRefuseACallerWithoutIdentityAndAdmitTheSystem() throws Exception {
    UUID nobody = UUID.randomUUID();

    assertThatThrownBy(() -> noticeAddresses.safeEmail(nobody))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> caseProgress.trailOf(nobody)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> caseEvents.noticeAcknowledged(nobody))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> noticeDispatch.send(nobody, NoticeChannel.EMAIL, "en"))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> personFacts.of(nobody)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> emailOutbox.emailsOf(nobody)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                dispatchRefusals.record(
                    nobody, NoticeChannel.EMAIL, RecipientClass.GOVERNMENT, nobody))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> workItems.untrack("no-such-task"))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> caseTeams.joined(nobody, Teams.LOCATE))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> taskEscalation.escalate("no-such-instance", nobody, "no-such-task"))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> outbox.due(1)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> staffMail.claim(List.of(nobody)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> outboxDispatcher.dispatch()).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> bounceReader.read()).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> mailSender.send(new OutboundMail("nobody@outreach.test", "Subject", "Body")))
        .isInstanceOf(EJBAccessException.class);
    assertThat(Mailbox.of("nobody@outreach.test")).isEmpty();

    assertThat(asSystem.get(() -> caseProgress.trailOf(nobody))).isEmpty();
    assertThat(asSystem.get(() -> staffMail.claim(List.of(nobody)))).isEmpty();
    // admitted, the system is told that nobody has this id
    assertThatThrownBy(() -> asSystem.get(() -> personFacts.of(nobody)))
        .isInstanceOf(UnknownPersonException.class);
  }

  private void removeOutreachProcessOf(String caseId) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .rootProcessInstances()
            .list()
            .forEach(
                instance ->
                    asSystem.run(
                        () ->
                            runtimeService.deleteProcessInstanceIfExists(
                                instance.getId(), "test bystander", true, true, true, false)));
        return;
      } catch (EJBException e) {
        if (!(e.getCause() instanceof OptimisticLockingException
            || e.getCause() instanceof ProcessEnginePersistenceException)) {
          throw e;
        }
        // one of its steps ran on the job executor at that moment: try again once it is done
        if (attempt == 10) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
