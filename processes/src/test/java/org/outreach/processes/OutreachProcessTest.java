package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = OutreachProcess.RESOURCE)
class OutreachProcessTest {

  private static final String CASE_ID = "7f9c0d3e-1b7a-4d0e-9a55-0c1f2b3d4e5f";

  ProcessEngine engine;
  private final List<Object> recordedCaseIds = new ArrayList<>();

  @BeforeEach
  void registerDelegate() {
    JavaDelegate recordCaseOpened =
        execution -> recordedCaseIds.add(execution.getVariable(OutreachProcess.VAR_CASE_ID));
    Mocks.register(OutreachProcess.DELEGATE_RECORD_CASE_OPENED, recordCaseOpened);
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  private ProcessInstance startForCase() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            OutreachProcess.PROCESS_KEY, Map.of(OutreachProcess.VAR_CASE_ID, CASE_ID));
  }

  @Test
  void aNewCaseWaitsAtTheSavePointBeforeRecordingItWasOpened() {
    ProcessInstance instance = startForCase();

    assertThat(instance).isWaitingAt(OutreachProcess.TASK_RECORD_CASE_OPENED);
    assertThat(recordedCaseIds).isEmpty();
  }

  @Test
  void aCaseRunsFromOpeningThroughReviewToTheEnd() {
    ProcessInstance instance = startForCase();

    execute(job(instance));

    assertThat(recordedCaseIds).containsExactly(CASE_ID);
    assertThat(instance)
        .isWaitingAt("Task_ReviewCase")
        .task()
        .hasCandidateGroup("caseworkers")
        .isNotAssigned();

    complete(task(instance));

    assertThat(instance)
        .hasPassedInOrder(
            OutreachProcess.START_CASE_OPENED,
            OutreachProcess.TASK_RECORD_CASE_OPENED,
            "Task_ReviewCase",
            "EndEvent_CaseReviewed")
        .isEnded();
  }

  @Test
  void theReviewTaskIsOfferedToCaseworkersOnly() {
    ProcessInstance instance = startForCase();
    execute(job(instance));

    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateGroup("supervisors")
                .count())
        .isZero();
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateGroup("caseworkers")
                .count())
        .isOne();
  }

  @Test
  void onlyTheCaseIdIsEverKeptAsAVariable() {
    ProcessInstance instance = startForCase();
    execute(job(instance));
    complete(task(instance));

    List<HistoricVariableInstance> history =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .list();
    assertThat(history)
        .extracting(HistoricVariableInstance::getName)
        .containsExactly(OutreachProcess.VAR_CASE_ID);
    assertThat(history.get(0).getValue()).isEqualTo(CASE_ID);
  }

  @Test
  void aFailingRecordStepKeepsTheCaseAtItsSavePointWithRetriesLeft() {
    Mocks.register(
        OutreachProcess.DELEGATE_RECORD_CASE_OPENED,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database unavailable");
            });
    ProcessInstance instance = startForCase();

    try {
      execute(job(instance));
    } catch (IllegalStateException expected) {
      // the job executor would log and retry; here the test drives the job itself
    }

    assertThat(instance).isWaitingAt(OutreachProcess.TASK_RECORD_CASE_OPENED);
    assertThat(job(instance).getRetries()).isEqualTo(4);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }
}
