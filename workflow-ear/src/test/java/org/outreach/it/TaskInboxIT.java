package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.OpenedCase;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.InvalidTaskOutcomeException;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.WorklistEntry;
import org.outreach.tasks.WorklistFilter;
import org.outreach.tasks.WorklistSort;
import org.outreach.tasks.Worklists;
import org.outreach.tasks.Workload;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/** The inbox service as logged-in staff meet it, and what the engine records about them. */
@ExtendWith(ArquillianExtension.class)
class TaskInboxIT {

  /** A second caseworker of the caseworker's team. */
  private static final String TEAMMATE = "it-tina";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(TaskInboxIT.class);
  }

  @Inject TaskInbox inbox;
  @Inject Worklists worklists;
  @Inject Workload workload;
  @Inject CaseOpening caseOpening;
  @Inject UserAdministration users;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject RuntimeService runtimeService;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  private Task review;
  private OpenedCase opened;

  @BeforeEach
  void aCaseWaitsForReview() throws Exception {
    asAdmin.run(
        () -> {
          ensure(TestStaff.CASEWORKER, TestStaff.CASEWORKER_TEAM);
          ensure(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.OTHER_TEAM);
        });
    opened = asSupervisor.call(caseOpening::openCase);
    // a case without a person: whereabouts unknown, so the first task is locating the person
    review =
        Eventually.await(
            "the locate task",
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(opened.id().toString())
                    .taskDefinitionKey(LocatePersonProcess.TASK_LOCATE_PERSON)
                    .singleResult());
  }

  @Test
  void theEngineRecordsWhichCaseworkerClaimedAndCompletedATask() throws Exception {
    List<WorklistEntry> visible = asCaseworker(this::worklistOfTheCase);
    assertThat(visible)
        .filteredOn(task -> task.taskId().equals(review.getId()))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.caseReference()).isEqualTo(opened.reference());
              assertThat(task.claimed()).isFalse();
            });

    long before = completedBy(TestStaff.CASEWORKER);
    asCaseworker(() -> claimAndComplete(review.getId()));

    // counted for the supervisors' workload as completed by the caseworker, for the team
    assertThat(completedBy(TestStaff.CASEWORKER)).isEqualTo(before + 1);
    assertThat(asSupervisor.call(() -> workload.completedByTeam(Duration.ofDays(7))))
        .anySatisfy(
            done -> {
              assertThat(done.who()).isEqualTo(TestStaff.CASEWORKER_TEAM);
              assertThat(done.completed()).isPositive();
              assertThat(done.median().isNegative()).isFalse();
            });
    assertThat(historyService.createUserOperationLogQuery().taskId(review.getId()).list())
        .extracting(UserOperationLogEntry::getOperationType, UserOperationLogEntry::getUserId)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                UserOperationLogEntry.OPERATION_TYPE_CLAIM, TestStaff.CASEWORKER),
            org.assertj.core.groups.Tuple.tuple(
                UserOperationLogEntry.OPERATION_TYPE_COMPLETE, TestStaff.CASEWORKER));
  }

  @Test
  void aTaskOfAnotherTeamCannotBeClaimedEvenByItsId() throws Exception {
    assertThat(asOtherTeam(this::worklistOfTheCase))
        .extracting(WorklistEntry::taskId)
        .doesNotContain(review.getId());

    assertThatThrownBy(() -> asOtherTeam(() -> claim(review.getId())))
        .isInstanceOf(TaskNotAvailableException.class)
        .hasMessage("The task is not available to you");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  void aClaimedTaskIsNeitherCompletedNorHandedBackByAnotherTeamOrATeammate() throws Exception {
    asAdmin.run(() -> ensure(TEAMMATE, TestStaff.CASEWORKER_TEAM));
    asCaseworker(() -> claim(review.getId()));
    Map<String, String> found =
        Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_NOT_FOUND);

    // another team does not see the task at all, by its id either
    assertThatThrownBy(() -> asOtherTeam(() -> complete(review.getId(), found)))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_VISIBLE));
    assertThatThrownBy(() -> asOtherTeam(() -> unclaim(review.getId())))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_VISIBLE));
    // a teammate is told who holds it when claiming, and can neither complete nor hand it back
    assertThatThrownBy(() -> LoggedIn.as(TEAMMATE, TestStaff.PASSWORD, () -> claim(review.getId())))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> {
              assertThat(e.reason())
                  .isEqualTo(TaskNotAvailableException.Reason.CLAIMED_BY_SOMEONE_ELSE);
              assertThat(e.claimedBy()).isEqualTo("Test " + TestStaff.CASEWORKER);
            });
    assertThatThrownBy(
            () -> LoggedIn.as(TEAMMATE, TestStaff.PASSWORD, () -> complete(review.getId(), found)))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_VISIBLE));
    assertThatThrownBy(
            () -> LoggedIn.as(TEAMMATE, TestStaff.PASSWORD, () -> unclaim(review.getId())))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_VISIBLE));

    // the task is still open, still the caseworker's, with no outcome written
    Task still = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getAssignee()).isEqualTo(TestStaff.CASEWORKER);
    assertThat(
            runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(review.getProcessInstanceId())
                .variableName(ProcessVariables.VAR_LOCATE_OUTCOME)
                .count())
        .isZero();
    assertThat(historyService.createUserOperationLogQuery().taskId(review.getId()).list())
        .extracting(UserOperationLogEntry::getUserId)
        .containsOnly(TestStaff.CASEWORKER);
  }

  @Test
  void aTaskMustBeClaimedBeforeItIsCompleted() {
    assertThatThrownBy(() -> asCaseworker(() -> complete(review.getId())))
        .isInstanceOf(TaskNotAvailableException.class)
        .hasMessage("Claim the task before working on it");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void aTaskWithAnOutcomeIsNotCompletedWithoutOneAndNothingIsWritten() throws Exception {
    asCaseworker(() -> claim(review.getId()));

    assertThatThrownBy(() -> asCaseworker(() -> complete(review.getId())))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessageStartingWith(ProcessVariables.VAR_LOCATE_OUTCOME + ": required");
    assertThatThrownBy(
            () ->
                asCaseworker(
                    () ->
                        complete(
                            review.getId(), Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, "MAYBE"))))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessageStartingWith(ProcessVariables.VAR_LOCATE_OUTCOME + ": not one of")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MAYBE"));
    assertThatThrownBy(
            () ->
                asCaseworker(
                    () ->
                        complete(
                            review.getId(),
                            Map.of(
                                ProcessVariables.VAR_LOCATE_OUTCOME,
                                LocatePersonProcess.LOCATE_FOUND,
                                "custodyStatus",
                                "RELEASED"))))
        .isInstanceOf(InvalidTaskOutcomeException.class)
        .hasMessageStartingWith("custodyStatus: not an outcome of task");

    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(
            runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(review.getProcessInstanceId())
                .variableName(ProcessVariables.VAR_LOCATE_OUTCOME)
                .count())
        .isZero();
  }

  private long completedBy(String username) throws Exception {
    return asSupervisor.call(() -> workload.completedByCaseworker(Duration.ofDays(7))).stream()
        .filter(done -> username.equals(done.who()))
        .mapToLong(Workload.Done::completed)
        .sum();
  }

  private List<WorklistEntry> worklistOfTheCase() {
    return worklists.entries(
        new WorklistFilter(
            null, null, null, null, null, null, false, false, opened.reference(), null),
        WorklistSort.PRIORITY,
        0,
        Worklists.PAGE_SIZE);
  }

  private Void claimAndComplete(String taskId) {
    inbox.claim(taskId);
    inbox.complete(
        taskId, Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_NOT_FOUND));
    return null;
  }

  private Void complete(String taskId, Map<String, String> outcome) {
    inbox.complete(taskId, outcome);
    return null;
  }

  private Void unclaim(String taskId) {
    inbox.unclaim(taskId);
    return null;
  }

  private Void claim(String taskId) {
    inbox.claim(taskId);
    return null;
  }

  private Void complete(String taskId) {
    inbox.complete(taskId);
    return null;
  }

  private static <T> T asCaseworker(java.util.concurrent.Callable<T> work) throws Exception {
    return LoggedIn.as(TestStaff.CASEWORKER, TestStaff.PASSWORD, work);
  }

  private static <T> T asOtherTeam(java.util.concurrent.Callable<T> work) throws Exception {
    return LoggedIn.as(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD, work);
  }

  private void ensure(String username, String team) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username,
              "Test " + username,
              TestStaff.PASSWORD.toCharArray(),
              Set.of(Role.CASEWORKER),
              Set.of(team)));
    }
  }
}
