package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseStatus;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.OpenedCase;
import org.outreach.importing.StartRuns;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsCaseworker;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.TestPeople;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.Teams;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RiskNotes;

@ExtendWith(ArquillianExtension.class)
class CaseOpeningIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(CaseOpeningIT.class);
  }

  @Inject CaseOpening caseOpening;
  @Inject AsSupervisor asSupervisor;
  @Inject AsCaseworker asCaseworker;
  @Inject CaseRecords caseRecords;
  @Inject RuntimeService runtimeService;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject RepositoryService repositoryService;
  @Inject ManagementService managementService;
  @Inject StartRuns runs;
  @Inject PersonRegistry registry;
  @Inject AsAdmin asAdmin;
  @Resource UserTransaction transaction;

  @Test
  void openingACaseCreatesOneCaseAndItsProcessReachesTheFirstTaskThroughTheJobExecutor()
      throws Exception {
    OpenedCase opened = asSupervisor.call(caseOpening::openCase);

    assertThat(caseRecords.find(opened.id())).isPresent();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(opened.id().toString())
                .count())
        .isOne();

    // the first step sits behind a save point: the job executor runs it and calls the CDI delegate
    Task review =
        Eventually.await(
            "the first task of the new case",
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(opened.id().toString())
                    .taskDefinitionKey(LocatePersonProcess.TASK_LOCATE_PERSON)
                    .singleResult());
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(opened.id().toString())
                .count())
        .isOne();
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Teams.LOCATE));
    assertThat(caseRecords.find(opened.id()))
        .get()
        .extracting(CaseSummary::status)
        .isEqualTo(CaseStatus.IN_OUTREACH);
  }

  @Test
  void whileABulkStartRunsANewCasesFirstStepWaitsAndRunsOnceTheLastBulkStartEnds()
      throws Exception {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    assertThat(asSupervisor.call(() -> runs.begin(one))).isTrue();
    OpenedCase opened;
    try {
      // a second import starting meanwhile
      assertThat(asSupervisor.call(() -> runs.begin(two))).isTrue();
      assertThat(asSupervisor.call(() -> runs.begin(two))).as("one import, two starts").isFalse();
      try {
        opened = asSupervisor.call(caseOpening::openCase);

        Job first = firstStepOf(opened);
        assertThat(first.isSuspended()).as("first step while bulk starts run").isTrue();
      } finally {
        asSupervisor.run(() -> runs.end(two));
      }
      assertThat(firstStepOf(opened).isSuspended())
          .as("first step while one bulk start still runs")
          .isTrue();
    } finally {
      asSupervisor.run(() -> runs.end(one));
    }

    assertThat(
            managementService
                .createJobQuery()
                .activityId(OutreachProcess.TASK_RECORD_CASE_OPENED)
                .suspended()
                .count())
        .as("first steps still suspended once no bulk start runs")
        .isZero();
    Eventually.await(
        "the released first step has run",
        () ->
            historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(opened.processInstanceId())
                    .activityId(OutreachProcess.TASK_RECORD_CASE_OPENED)
                    .finished()
                    .count()
                == 1);
    assertThat(asSupervisor.call(() -> runs.isRunning(one))).isFalse();
    // an end without a run (one another server took over) changes nothing
    asSupervisor.run(() -> runs.end(one));
  }

  private Job firstStepOf(OpenedCase opened) {
    return managementService
        .createJobQuery()
        .processInstanceId(opened.processInstanceId())
        .activityId(OutreachProcess.TASK_RECORD_CASE_OPENED)
        .singleResult();
  }

  @Test
  void aFailureAfterTheProcessStartedLeavesNeitherTheCaseNorTheProcess() throws Exception {
    transaction.begin();
    OpenedCase opened;
    try {
      opened = asSupervisor.call(caseOpening::openCase);
      assertThat(caseRecords.find(opened.id())).isPresent();
    } finally {
      // anything that fails later in the same transaction rolls it back
      transaction.rollback();
    }

    assertThat(caseRecords.find(opened.id())).isEmpty();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(opened.id().toString())
                .count())
        .isZero();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(opened.id().toString())
                .count())
        .isZero();
  }

  /**
   * A registered person's case, whose process loaded their facts (custody, facility, languages,
   * contact points) before its first task: its variables hold none of the person's values.
   */
  @Test
  void theProcessesKnowTheCaseIdAndOnlyEnumsFlagsNumbersAndDates() throws Exception {
    NewAffectedPerson generated = TestPeople.unregistered(1, registry, asAdmin).get(0);
    NewAffectedPerson person =
        TestPeople.detained(
            generated,
            generated.contactPoints(),
            generated.attorney(),
            new RiskNotes(false, "Risk note of the test"),
            generated.exposure());
    UUID personId = asAdmin.call(() -> registry.register(person));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    Eventually.await(
        "the first task",
        () -> {
          List<Task> tasks =
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(opened.id().toString())
                  .list();
          return tasks.isEmpty() ? null : tasks;
        });

    List<HistoricVariableInstance> variables =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(
                historyService
                    .createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(opened.id().toString())
                    .list()
                    .stream()
                    .map(instance -> instance.getId())
                    .toArray(String[]::new))
            .list();
    assertThat(variables)
        .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                ProcessVariables.VAR_CASE_ID, opened.id().toString()));
    assertThat(variables)
        .allSatisfy(
            variable -> {
              if (variable.getName().equals(ProcessVariables.VAR_PRIORITY_REASON)) {
                return; // a sentence of the decision table, the same for every case
              }
              Object value = variable.getValue();
              if (value instanceof String text) {
                // the case id, an enum name, an ISO-8601 duration or a language code
                assertThat(text)
                    .as(variable.getName())
                    .matches(opened.id() + "|[A-Z_]+|P[0-9DTHMS]+|[a-z]{2,3}");
              } else if (value instanceof List<?> list) {
                assertThat(list)
                    .as(variable.getName())
                    .allMatch(e -> e instanceof String s && s.matches("[A-Z_]+"));
              } else if (value != null) {
                assertThat(value)
                    .as(variable.getName())
                    .isInstanceOfAny(Boolean.class, Number.class, java.util.Date.class);
              }
            });
  }

  @Test
  void onlySupervisorsAndAdministratorsOpenCases() {
    assertThatThrownBy(caseOpening::openCase).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asCaseworker.call(caseOpening::openCase))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void aModelResolvesTheNamedDelegateOnTheCallersThreadToo() throws Exception {
    // a synchronous service task runs on this (request) thread, not on the job executor
    BpmnModelInstance synchronous =
        Bpmn.createExecutableProcess("it-synchronous-delegate")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask()
            .camundaDelegateExpression("${" + OutreachProcess.DELEGATE_RECORD_CASE_OPENED + "}")
            .endEvent()
            .done();
    String deployment =
        repositoryService
            .createDeployment()
            .addModelInstance("it-synchronous-delegate.bpmn", synchronous)
            .deploy()
            .getId();
    String unknownCase = UUID.randomUUID().toString();
    try {
      // the real delegate ran, found no such case and said so by id only
      assertThatThrownBy(
              () ->
                  runtimeService.startProcessInstanceByKey(
                      "it-synchronous-delegate", Map.of(OutreachProcess.VAR_CASE_ID, unknownCase)))
          .hasMessageContaining("No outreach case " + unknownCase);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }
}
