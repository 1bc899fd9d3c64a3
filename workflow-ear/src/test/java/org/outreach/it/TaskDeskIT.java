package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.UnknownCaseException;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.PeopleFixtureServlet;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.Teams;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.PersonRegistry;
import org.outreach.tasks.TaskDesk;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.WorkItemsReconciliation;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The worklists' copy of the engine's tasks follows every task's life in the engine's own
 * transaction; a task page reads only what its kind of task needs of the person, audited with the
 * task as the reason; and who may see a case follows the teams that have or had a task on it.
 */
@ExtendWith(ArquillianExtension.class)
class TaskDeskIT {

  private static final String DETENTION = "it-desk-detention";
  private static final String LOCATE = "it-desk-locate";
  private static final String SUPERVISOR = "it-desk-supervisor";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(TaskDeskIT.class, PeopleFixtureServlet.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject TaskDesk desk;
  @Inject TaskInbox inbox;
  @Inject CaseAccess access;
  @Inject TaskService taskService;
  @Inject WorkItemsReconciliation reconciliation;
  @Inject AsSystem asSystem;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private final String marker = "d" + UUID.randomUUID().toString().substring(0, 7);

  @BeforeEach
  void staffExist() {
    asAdmin.run(
        () -> {
          ensure(DETENTION, Role.CASEWORKER, Teams.DETENTION);
          ensure(LOCATE, Role.CASEWORKER, Teams.LOCATE);
          ensure(SUPERVISOR, Role.SUPERVISOR, Teams.SUPERVISORS);
        });
  }

  @Test
  void aHandDeliveryIsTrackedShownWithWhatItNeedsAndOnlyToItsTeam() throws Exception {
    OpenedCase opened = openCaseOfDetainedPerson();
    Task task = awaitTask(opened, DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE);

    assertThat(workItem(task.getId()))
        .containsExactly(opened.id().toString(), opened.reference(), Teams.DETENTION, null, "50");

    long auditsBefore = audits(task.getId());
    TaskDesk.TaskFile file = as(DETENTION, () -> desk.open(task.getId()));
    assertThat(file.caseSummary().reference()).isEqualTo(opened.reference());
    assertThat(file.person()).isPresent();
    var person = file.person().orElseThrow();
    assertThat(person.familyName()).isEqualTo("Family" + marker);
    assertThat(person.aNumber()).isNotBlank();
    assertThat(person.custodyFacts().detentionFacility()).isEqualTo("Facility " + marker);
    // a hand delivery needs neither the attorney nor the contact points, and the risk note is
    // for whoever holds the task
    assertThat(person.attorney()).isNull();
    assertThat(person.contactPoints()).isEmpty();
    assertThat(person.riskNotes().note()).isNull();
    assertThat(audits(task.getId())).isEqualTo(auditsBefore + 1);
    assertThat(auditActors(task.getId())).contains(DETENTION);

    as(DETENTION, () -> runVoid(() -> inbox.claim(task.getId())));
    assertThat(workItem(task.getId()).get(3)).isEqualTo(DETENTION);
    TaskDesk.TaskFile held = as(DETENTION, () -> desk.open(task.getId()));
    assertThat(held.mayWork()).isTrue();
    assertThat(held.person().orElseThrow().riskNotes().note()).isEqualTo("Risk " + marker);

    // another team's caseworker neither opens the task nor sees the case
    assertThatThrownBy(() -> as(LOCATE, () -> desk.open(task.getId())))
        .isInstanceOf(TaskNotAvailableException.class);
    assertThat(as(LOCATE, () -> access.mayOpen(opened.id()))).isFalse();
    assertThatThrownBy(() -> as(LOCATE, () -> runVoid(() -> access.requireVisible(opened.id()))))
        .isInstanceOf(UnknownCaseException.class);
    assertThat(as(DETENTION, () -> access.mayOpen(opened.id()))).isTrue();
    assertThat(as(SUPERVISOR, () -> access.mayOpen(opened.id()))).isTrue();

    // an escalation raises the priority; the copy follows
    asSystem.run(() -> taskService.setPriority(task.getId(), 75));
    assertThat(workItem(task.getId()).get(4)).isEqualTo("75");

    as(
        DETENTION,
        () ->
            runVoid(
                () ->
                    inbox.complete(
                        task.getId(),
                        java.util.Map.of(
                            ProcessVariables.VAR_DELIVERY_OUTCOME,
                            DeliverNoticeProcess.DELIVERY_DELIVERED))));
    assertThat(workItem(task.getId())).isEmpty();
    // the team had a task on the case: it still sees the case
    assertThat(as(DETENTION, () -> access.mayOpen(opened.id()))).isTrue();
  }

  @Test
  void aMissingCopyIsRebuiltFromTheEngine() throws Exception {
    OpenedCase opened = openCaseOfDetainedPerson();
    Task task = awaitTask(opened, DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM work_item WHERE task_id = ?")) {
      delete.setString(1, task.getId());
      assertThat(delete.executeUpdate()).isEqualTo(1);
    }

    assertThat(asSystem.get(reconciliation::reconcile)).isPositive();
    assertThat(workItem(task.getId()))
        .containsExactly(opened.id().toString(), opened.reference(), Teams.DETENTION, null, "50");
  }

  private OpenedCase openCaseOfDetainedPerson() throws Exception {
    UUID personId =
        asAdmin.call(
            () -> registry.register(PeopleFixtureServlet.person(CustodyStatus.DETAINED, marker)));
    return asSupervisor.call(() -> caseOpening.openCaseFor(personId));
  }

  private Task awaitTask(OpenedCase opened, String taskKey) {
    List<Task> found = new ArrayList<>();
    Eventually.await(
        taskKey + " of case " + opened.reference(),
        () -> {
          found.clear();
          found.addAll(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(opened.id().toString())
                  .taskDefinitionKey(taskKey)
                  .list());
          return !found.isEmpty();
        });
    return found.get(0);
  }

  /** case id, reference, team, assignee, priority of the task's row, or nothing. */
  private List<String> workItem(String taskId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT case_id, case_reference, team, assignee, priority FROM work_item"
                    + " WHERE task_id = ?")) {
      query.setString(1, taskId);
      try (ResultSet rows = query.executeQuery()) {
        List<String> row = new ArrayList<>();
        if (rows.next()) {
          for (int column = 1; column <= 5; column++) {
            row.add(rows.getString(column));
          }
        }
        return row;
      }
    }
  }

  private long audits(String taskId) throws SQLException {
    return auditActors(taskId).size();
  }

  private List<String> auditActors(String taskId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor FROM audit_event WHERE reason = ? AND action = 'READ_PERSON'")) {
      query.setString(1, "task:" + taskId);
      try (ResultSet rows = query.executeQuery()) {
        List<String> actors = new ArrayList<>();
        while (rows.next()) {
          actors.add(rows.getString(1));
        }
        return actors;
      }
    }
  }

  private static <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
    return LoggedIn.as(username, TestStaff.PASSWORD, work);
  }

  private static Object runVoid(Runnable work) {
    work.run();
    return null;
  }

  private void ensure(String username, Role role, String team) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username,
              "Test " + username,
              TestStaff.PASSWORD.toCharArray(),
              Set.of(role),
              Set.of(team)));
    }
  }
}
