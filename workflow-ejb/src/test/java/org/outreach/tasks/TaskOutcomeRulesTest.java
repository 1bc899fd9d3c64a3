package org.outreach.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;

class TaskOutcomeRulesTest {

  @Test
  void anAllowedOutcomeBecomesTheTasksVariable() {
    assertThat(
            TaskOutcomeRules.validated(
                LocatePersonProcess.TASK_LOCATE_PERSON,
                Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_FOUND)))
        .containsExactly(
            Map.entry(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_FOUND));
  }

  @Test
  void aTaskWithAnOutcomeIsRefusedWithoutOneNamingTheVariableAndItsValues() {
    assertThatThrownBy(
            () -> TaskOutcomeRules.validated(LocatePersonProcess.TASK_LOCATE_PERSON, Map.of()))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessage(
            "locateOutcome: required to complete task Task_LocatePerson, one of [FOUND,"
                + " NOT_FOUND]");
  }

  @Test
  void aValueTheTaskDoesNotAllowIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                TaskOutcomeRules.validated(
                    LocatePersonProcess.TASK_LOCATE_PERSON,
                    Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, "Maria Lopez found at home")))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessage("locateOutcome: not one of [FOUND, NOT_FOUND]");
  }

  @Test
  void anUnknownVariableIsRefusedByName() {
    assertThatThrownBy(
            () ->
                TaskOutcomeRules.validated(
                    LocatePersonProcess.TASK_LOCATE_PERSON,
                    Map.of(
                        ProcessVariables.VAR_LOCATE_OUTCOME,
                        LocatePersonProcess.LOCATE_FOUND,
                        ProcessVariables.VAR_CUSTODY_STATUS,
                        "RELEASED")))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessage("custodyStatus: not an outcome of task Task_LocatePerson");
  }

  @Test
  void aTaskWithoutOutcomeTakesNone() {
    assertThat(TaskOutcomeRules.validated(CourtAccessProcess.TASK_FILE_COURT_NOTICE, Map.of()))
        .isEmpty();
    assertThatThrownBy(
            () ->
                TaskOutcomeRules.validated(
                    CourtAccessProcess.TASK_FILE_COURT_NOTICE,
                    Map.of(ProcessVariables.VAR_OUTCOME, "RELEASED")))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessage("outcome: not an outcome of task Task_FileCourtNotice");
  }

  @Test
  void aTaskOutsideTheCampaignsModelsCompletesWithoutOutcome() {
    assertThat(TaskOutcomeRules.validated("Task_SomethingElse", null)).isEmpty();
  }

  @Test
  void allowedValuesAreOfferedInAStableOrder() {
    assertThat(
            TaskOutcomeRules.allowedValues(
                TaskOutcomeRules.outcomeOf(LocatePersonProcess.TASK_LOCATE_PERSON).orElseThrow()))
        .containsExactly("FOUND", "NOT_FOUND");
  }
}
