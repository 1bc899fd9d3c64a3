package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = LocatePersonProcess.RESOURCE)
class LocatePersonProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  /** What the registry lookup answers; a caseworker's new facts can change it. */
  private boolean registryLocates;

  @BeforeEach
  void standIns() {
    registryLocates = false;
    when(
        LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
        execution -> execution.setVariable(ProcessVariables.VAR_LOCATED, registryLocates));
    when(
        LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT,
        execution -> {
          Integer attempts = (Integer) execution.getVariable(ProcessVariables.VAR_LOCATE_ATTEMPTS);
          execution.setVariable(
              ProcessVariables.VAR_LOCATE_ATTEMPTS, attempts == null ? 1 : attempts + 1);
        });
    when(
        LocatePersonProcess.DELEGATE_LOAD_CASE_FACTS,
        execution -> {
          execution.setVariable(ProcessVariables.VAR_CUSTODY_STATUS, CustodyStatusValues.RELEASED);
          registryLocates = true;
        });
  }

  private ProcessInstance locate(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.VAR_CUSTODY_STATUS, CustodyStatusValues.UNKNOWN);
    variables.put(ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, 3);
    variables.put(ProcessVariables.VAR_LOCATE_ATTEMPTS, null);
    variables.put(ProcessVariables.VAR_NOTICE_PROVEN, null);
    variables.putAll(extra);
    ProcessInstance instance = start(LocatePersonProcess.PROCESS_KEY, variables);
    runJobs();
    return instance;
  }

  @Test
  void aPersonTheRegistryCanReachIsLocatedWithoutACaseworker() {
    registryLocates = true;

    ProcessInstance instance = locate(Map.of());

    assertThat(beansCalled()).containsExactly(LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(LocatePersonProcess.END_LOCATED);
    assertThat(variable(instance, ProcessVariables.VAR_LOCATED)).isEqualTo(true);
  }

  @Test
  void aPersonFoundByACaseworkerIsLookedUpAgainWithTheNewFacts() {
    ProcessInstance instance = locate(Map.of());

    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(LocatePersonProcess.TASK_LOCATE_PERSON).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.LOCATE);
    completeWith(LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.LOCATE_FOUND);

    assertThat(beansCalled())
        .containsExactly(
            LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
            LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT,
            LocatePersonProcess.DELEGATE_LOAD_CASE_FACTS,
            LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS);
    assertThat(lastCallOf(LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS))
        .containsEntry(ProcessVariables.VAR_CUSTODY_STATUS, CustodyStatusValues.RELEASED);
    assertThat(ended(instance)).isTrue();
    assertThat(variable(instance, ProcessVariables.VAR_LOCATED)).isEqualTo(true);
  }

  @Test
  void aPersonNotFoundIsSearchedForAgainThreeDaysLater() {
    locate(Map.of());

    completeWith(LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.LOCATE_NOT_FOUND);
    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isFalse();

    later("P2DT23H");
    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isFalse();
    later("PT1H");

    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isTrue();
    assertThat(lastCallOf(LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT))
        .containsEntry(ProcessVariables.VAR_LOCATE_ATTEMPTS, 1);
    assertThat(callsOf(LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT)).hasSize(2);
  }

  @Test
  void afterTheDiligentEffortASupervisorMayDeclareThePersonUnreachable() {
    ProcessInstance instance = locate(Map.of());
    completeWith(LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.LOCATE_NOT_FOUND);
    later("P3D");
    completeWith(LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.LOCATE_NOT_FOUND);
    later("P3D");

    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isFalse();
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(
                    task(LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.SUPERVISORS);
    completeWith(
        LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
        LocatePersonProcess.DILIGENT_EFFORT_UNREACHABLE);

    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(LocatePersonProcess.END_UNREACHABLE);
    assertThat(variable(instance, ProcessVariables.VAR_LOCATED)).isEqualTo(false);
    assertThat(variable(instance, ProcessVariables.VAR_LOCATE_ATTEMPTS)).isEqualTo(3);
  }

  @Test
  void aSupervisorMayKeepTheSearchGoing() {
    locate(Map.of(ProcessVariables.VAR_LOCATE_ATTEMPTS, 2));

    completeWith(
        LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
        LocatePersonProcess.DILIGENT_EFFORT_CONTINUE_SEARCH);

    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isTrue();
  }

  @Test
  void afterAFailedNoticeTheSearchGoesStraightToACaseworker() {
    registryLocates = true;

    locate(
        Map.of(ProcessVariables.VAR_NOTICE_PROVEN, false, ProcessVariables.VAR_LOCATE_ATTEMPTS, 0));

    assertThat(beansCalled()).containsExactly(LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT);
    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isTrue();
  }

  @Test
  void overdueSearchesAndReviewsAreEscalated() {
    locate(Map.of());
    assertOverdueEscalates(
        LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.DUE_LOCATE_PERSON);

    locate(Map.of(ProcessVariables.VAR_LOCATE_ATTEMPTS, 5));
    assertOverdueEscalates(
        LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
        LocatePersonProcess.DUE_REVIEW_DILIGENT_EFFORT);
  }
}
