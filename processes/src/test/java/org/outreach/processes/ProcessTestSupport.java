package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared ground for the process tests: an engine clock fixed at a known instant (never the wall
 * clock), every delegate bean replaced by a recording stand-in, and helpers that drive jobs, time,
 * tasks and messages the way the server's job executor and services would.
 */
abstract class ProcessTestSupport {

  static final String CASE_ID = "7f9c0d3e-1b7a-4d0e-9a55-0c1f2b3d4e5f";
  static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  static final List<String> ALL_DELEGATES =
      List.of(
          OutreachProcess.DELEGATE_RECORD_CASE_OPENED,
          OutreachProcess.DELEGATE_LOAD_CASE_FACTS,
          OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY,
          OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD,
          OutreachProcess.DELEGATE_END_REMOVAL_HOLD,
          OutreachProcess.DELEGATE_FLAG_REMOVAL_DURING_HOLD,
          OutreachProcess.DELEGATE_CLOSE_CASE,
          OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK,
          LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
          LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT,
          DeliverNoticeProcess.DELEGATE_SEND_NOTICE,
          DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN,
          DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED,
          CustodyReviewProcess.DELEGATE_RECORD_CUSTODY_REVIEW,
          CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES,
          CourtAccessProcess.DELEGATE_SEND_DEADLINE_REMINDER,
          CourtAccessProcess.DELEGATE_RECORD_COURT_NOTICE_FILED,
          ReturnTravelProcess.DELEGATE_RECORD_RETURN);

  /** One call of a delegate: its bean name and the variables it saw. */
  record Call(String bean, Map<String, Object> variables) {}

  ProcessEngine engine;
  final List<Call> calls = new ArrayList<>();
  private final Map<String, Consumer<DelegateExecution>> effects = new HashMap<>();

  @BeforeEach
  void fixTheClockAndRecordEveryDelegate() {
    engine = extension().getProcessEngine();
    assertThat(engine).as("process engine of the test extension").isNotNull();
    ClockUtil.setCurrentTime(Date.from(START));
    for (String bean : ALL_DELEGATES) {
      Mocks.register(
          bean,
          (JavaDelegate)
              execution -> {
                calls.add(new Call(bean, new HashMap<>(execution.getVariables())));
                effects.getOrDefault(bean, e -> {}).accept(execution);
              });
    }
  }

  @AfterEach
  void resetClockAndMocks() {
    ClockUtil.reset();
    Mocks.reset();
  }

  /** The test class's engine extension, which records coverage. */
  abstract ProcessEngineExtension extension();

  /** What the stand-in for {@code bean} does besides recording the call. */
  void when(String bean, Consumer<DelegateExecution> effect) {
    effects.put(bean, effect);
  }

  List<String> beansCalled() {
    return calls.stream().map(Call::bean).toList();
  }

  List<Map<String, Object>> callsOf(String bean) {
    return calls.stream().filter(c -> c.bean().equals(bean)).map(Call::variables).toList();
  }

  Map<String, Object> lastCallOf(String bean) {
    List<Map<String, Object>> of = callsOf(bean);
    assertThat(of).as("calls of %s", bean).isNotEmpty();
    return of.get(of.size() - 1);
  }

  ProcessInstance start(String processKey, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(ProcessVariables.VAR_CASE_ID, CASE_ID);
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, CASE_ID, all);
  }

  /** Runs every job that is due now, and the jobs those create, as the job executor would. */
  void runJobs() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep creating jobs");
  }

  Date now() {
    return ClockUtil.getCurrentTime();
  }

  static Date plus(Date from, String isoDuration) {
    Instant instant = from.toInstant();
    if (isoDuration.contains("T")) {
      return Date.from(instant.plus(Duration.parse(isoDuration)));
    }
    return Date.from(instant.plus(Period.parse(isoDuration)));
  }

  /** Moves the engine clock on and runs what became due. */
  void later(String isoDuration) {
    ClockUtil.setCurrentTime(plus(now(), isoDuration));
    runJobs();
  }

  void laterUntil(Date date) {
    ClockUtil.setCurrentTime(date);
    runJobs();
  }

  List<Task> tasks(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskDefinitionKey).list();
  }

  Task task(String taskDefinitionKey) {
    List<Task> found = tasks(taskDefinitionKey);
    assertThat(found).as("open tasks %s", taskDefinitionKey).hasSize(1);
    return found.get(0);
  }

  boolean hasTask(String taskDefinitionKey) {
    return !tasks(taskDefinitionKey).isEmpty();
  }

  /** Completes the only open task with that key, with its outcome, then runs the jobs. */
  void complete(String taskDefinitionKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(taskDefinitionKey).getId(), variables);
    runJobs();
  }

  void complete(String taskDefinitionKey) {
    complete(taskDefinitionKey, Map.of());
  }

  /** Completes a task with the single outcome value its {@link TaskOutcomes} entry names. */
  void completeWith(String taskDefinitionKey, String outcomeValue) {
    TaskOutcomes.Outcome outcome = TaskOutcomes.of(taskDefinitionKey).orElseThrow();
    assertThat(outcome.values()).contains(outcomeValue);
    complete(taskDefinitionKey, Map.of(outcome.variable(), outcomeValue));
  }

  int correlate(String message, Map<String, Object> variables) {
    int delivered =
        engine
            .getRuntimeService()
            .createMessageCorrelation(message)
            .processInstanceBusinessKey(CASE_ID)
            .setVariables(variables)
            .correlateAllWithResult()
            .size();
    runJobs();
    return delivered;
  }

  /** The overdue timer of a user task fires, escalates, and leaves the task open. */
  void assertOverdueEscalates(String taskDefinitionKey, String due) {
    Task open = task(taskDefinitionKey);
    assertThat(open.getDueDate()).isEqualTo(plus(open.getCreateTime(), due));
    int before = callsOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK).size();

    ClockUtil.setCurrentTime(plus(open.getCreateTime(), due));
    runJobs();

    assertThat(callsOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK)).hasSize(before + 1);
    assertThat(lastCallOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK))
        .containsEntry(ProcessVariables.VAR_OVERDUE_TASK, taskDefinitionKey)
        .containsEntry(ProcessVariables.VAR_CASE_ID, CASE_ID);
    assertThat(task(taskDefinitionKey).getId()).isEqualTo(open.getId());
  }

  boolean ended(ProcessInstance instance) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .count()
        == 0;
  }

  List<String> passed(ProcessInstance instance) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(a -> a.getActivityId())
        .toList();
  }

  Object variable(ProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }
}
