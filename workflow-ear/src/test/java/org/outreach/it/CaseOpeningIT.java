package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import org.outreach.it.support.AsCaseworker;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.processes.OutreachProcess;

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
  @Resource UserTransaction transaction;

  @Test
  void openingACaseCreatesOneCaseAndItsProcessReachesTheReviewTaskThroughTheJobExecutor()
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
            "the review task of the new case",
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceId(opened.processInstanceId())
                    .taskDefinitionKey(OutreachProcess.TASK_REVIEW_CASE)
                    .singleResult());
    assertThat(taskService.createTaskQuery().processInstanceId(opened.processInstanceId()).count())
        .isOne();
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(
            link -> assertThat(link.getGroupId()).isEqualTo(OutreachProcess.GROUP_CASEWORKERS));
    assertThat(caseRecords.find(opened.id()))
        .get()
        .extracting(CaseSummary::status)
        .isEqualTo(CaseStatus.IN_OUTREACH);
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

  @Test
  void theProcessKnowsTheCaseIdAndNothingElse() throws Exception {
    OpenedCase opened = asSupervisor.call(caseOpening::openCase);
    Eventually.await(
        "the review task",
        () ->
            taskService
                .createTaskQuery()
                .processInstanceId(opened.processInstanceId())
                .singleResult());

    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(opened.processInstanceId())
                .list())
        .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                OutreachProcess.VAR_CASE_ID, opened.id().toString()));
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
