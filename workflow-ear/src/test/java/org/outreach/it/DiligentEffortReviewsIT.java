package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.outreach.it.support.DataKeysProperty;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.PeopleFixtureServlet;
import org.outreach.it.support.TestStaff;
import org.outreach.locate.ContactAttemptReEncryption;
import org.outreach.locate.ContactAttempts;
import org.outreach.locate.ContactChannel;
import org.outreach.locate.ContactResult;
import org.outreach.locate.DiligentEffortReviews;
import org.outreach.locate.InvalidReviewException;
import org.outreach.locate.NewAttempt;
import org.outreach.locate.NewReview;
import org.outreach.locate.ReviewDecision;
import org.outreach.locate.ReviewView;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.Teams;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.PersonRegistry;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The rules of the review of the diligent effort on the real server: only the supervisor who holds
 * the review task records it, a review breaking a rule writes nothing and leaves the task open, the
 * decision completes the task in the same transaction; the next review of the case shows the
 * earlier ones; a key rotation re-seals the reasons, which still read.
 */
@ExtendWith(ArquillianExtension.class)
class DiligentEffortReviewsIT {

  private static final String CASEWORKER = "it-reviews-caseworker";
  private static final String SUPERVISOR = "it-reviews-supervisor";
  private static final String OTHER_SUPERVISOR = "it-reviews-other-supervisor";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(DiligentEffortReviewsIT.class, PeopleFixtureServlet.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject ContactAttempts attempts;
  @Inject DiligentEffortReviews reviews;
  @Inject TaskInbox inbox;
  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject ManagementService managementService;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject KeyAdministration keyAdministration;
  @Inject ContactAttemptReEncryption reEncryption;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private final String marker = "v" + UUID.randomUUID().toString().substring(0, 7);

  @BeforeEach
  void staffExist() {
    asAdmin.run(
        () -> {
          ensure(CASEWORKER, Role.CASEWORKER, Teams.LOCATE);
          ensure(SUPERVISOR, Role.SUPERVISOR, Teams.SUPERVISORS);
          ensure(OTHER_SUPERVISOR, Role.SUPERVISOR, Teams.SUPERVISORS);
        });
  }

  @Test
  void onlyTheSupervisorHoldingTheReviewRecordsItAndARefusedReviewWritesNothing() throws Exception {
    OpenedCase opened = openCase();
    String taskId = reviewTaskAfterASearch(opened);
    NewReview review = new NewReview(ReviewDecision.UNREACHABLE, "Reason " + marker);

    assertThatThrownBy(() -> as(CASEWORKER, () -> run(() -> reviews.record(taskId, review))))
        .isInstanceOf(EJBAccessException.class);
    // nobody holds it yet: not even a supervisor records
    assertThatThrownBy(() -> as(SUPERVISOR, () -> run(() -> reviews.record(taskId, review))))
        .isInstanceOf(TaskNotAvailableException.class);
    as(SUPERVISOR, () -> run(() -> inbox.claim(taskId)));
    assertThatThrownBy(() -> as(OTHER_SUPERVISOR, () -> run(() -> reviews.record(taskId, review))))
        .isInstanceOf(TaskNotAvailableException.class);

    assertRefused(
        taskId,
        new NewReview(null, "Reason " + marker),
        InvalidReviewException.Field.DECISION,
        InvalidReviewException.Rule.REQUIRED);
    assertRefused(
        taskId,
        new NewReview(ReviewDecision.UNREACHABLE, "  "),
        InvalidReviewException.Field.REASON,
        InvalidReviewException.Rule.REQUIRED);
    assertRefused(
        taskId,
        new NewReview(ReviewDecision.CONTINUE_SEARCH, marker + "x".repeat(2000)),
        InvalidReviewException.Field.REASON,
        InvalidReviewException.Rule.TOO_LONG);
    assertThat(reasons(opened.id())).isEmpty();
    assertThat(audits(opened.id(), "RECORD_DILIGENT_EFFORT_REVIEW")).isZero();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    assertThat(as(SUPERVISOR, () -> reviews.attemptsForTask(taskId)))
        .extracting(view -> view.note())
        .contains("Attempt " + marker);
    as(SUPERVISOR, () -> run(() -> reviews.record(taskId, review)));

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(reasons(opened.id()))
        .singleElement()
        .satisfies(reason -> assertThat(reason).startsWith("v1:").doesNotContain(marker));
    assertThat(audits(opened.id(), "RECORD_DILIGENT_EFFORT_REVIEW")).isOne();
  }

  @Test
  void theNextReviewShowsTheEarlierOnesWhoseReasonsAKeyRotationReSeals() throws Exception {
    OpenedCase opened = openCase();
    String firstReview = reviewTaskAfterASearch(opened);
    as(SUPERVISOR, () -> run(() -> inbox.claim(firstReview)));
    assertThat(as(SUPERVISOR, () -> reviews.earlierReviewsForTask(firstReview))).isEmpty();
    as(
        SUPERVISOR,
        () ->
            run(
                () ->
                    reviews.record(
                        firstReview,
                        new NewReview(ReviewDecision.CONTINUE_SEARCH, "Continue " + marker))));

    String oldKey = asAdmin.call(() -> keyAdministration.keyIds().current());
    assertThat(column("SELECT key_id FROM diligent_effort_review WHERE case_id = ?", opened.id()))
        .containsExactly(oldKey);
    String newKey = "rev" + (System.nanoTime() % 100_000);
    DataKeysProperty.rotate(oldKey, newKey);
    asAdmin.call(() -> keyAdministration.reload());
    ContactAttemptReEncryption.Report report = asAdmin.call(() -> reEncryption.run());
    assertThat(report.currentKey()).isEqualTo(newKey);
    assertThat(report.reviewsReEncrypted()).isPositive();
    assertThat(report.reviews()).isGreaterThanOrEqualTo(report.reviewsReEncrypted());
    assertThat(column("SELECT key_id FROM diligent_effort_review WHERE case_id = ?", opened.id()))
        .containsExactly(newKey);
    assertThat(reasons(opened.id()))
        .singleElement()
        .satisfies(reason -> assertThat(reason).startsWith("v1:" + newKey + ":"));
    assertThat(audits(opened.id(), "RE_ENCRYPT_DILIGENT_REVIEW")).isOne();
    assertThat(asAdmin.call(() -> reEncryption.run()).reviewsReEncrypted()).isZero();

    // the search goes on, ends "not found" again, and the next review shows the first one
    String secondReview = reviewTaskAfterASearch(opened);
    as(SUPERVISOR, () -> run(() -> inbox.claim(secondReview)));
    List<ReviewView> earlier = as(SUPERVISOR, () -> reviews.earlierReviewsForTask(secondReview));
    assertThat(earlier)
        .singleElement()
        .satisfies(
            view -> {
              assertThat(view.decision()).isEqualTo(ReviewDecision.CONTINUE_SEARCH);
              assertThat(view.reason()).isEqualTo("Continue " + marker);
              assertThat(view.attemptsReviewed()).isEqualTo(1);
              assertThat(view.reviewedBy()).isEqualTo("Test " + SUPERVISOR);
              assertThat(view.toString()).doesNotContain(marker);
            });
    assertThat(audits(opened.id(), "READ_DILIGENT_EFFORT_REVIEWS")).isOne();
  }

  /**
   * Drives the case's locate work to a review: a caseworker records an attempt on the open locate
   * task and concludes "not found"; the threshold is set to the next attempt and the wait before it
   * passes now. Answers the review task's id.
   */
  private String reviewTaskAfterASearch(OpenedCase opened) throws Exception {
    String locateTask = awaitTask(opened, LocatePersonProcess.TASK_LOCATE_PERSON).getId();
    as(CASEWORKER, () -> run(() -> inbox.claim(locateTask)));
    as(
        CASEWORKER,
        () ->
            attempts.record(
                locateTask,
                new NewAttempt(
                    ContactChannel.PHONE,
                    OffsetDateTime.now(ZoneOffset.UTC),
                    ContactResult.NO_ANSWER,
                    "Attempt " + marker)));
    as(CASEWORKER, () -> run(() -> attempts.concludeNotFound(locateTask)));
    ProcessInstance locate =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(opened.id().toString())
            .processDefinitionKey(LocatePersonProcess.PROCESS_KEY)
            .singleResult();
    Object done = runtimeService.getVariable(locate.getId(), ProcessVariables.VAR_LOCATE_ATTEMPTS);
    runtimeService.setVariable(
        locate.getId(),
        ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS,
        ((Number) done).intValue() + 1);
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(locate.getId())
            .activityId(LocatePersonProcess.TIMER_NEXT_ATTEMPT)
            .singleResult();
    managementService.executeJob(timer.getId());
    return awaitTask(opened, LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT).getId();
  }

  private void assertRefused(
      String taskId,
      NewReview review,
      InvalidReviewException.Field field,
      InvalidReviewException.Rule rule) {
    assertThatThrownBy(() -> as(SUPERVISOR, () -> run(() -> reviews.record(taskId, review))))
        .isInstanceOfSatisfying(
            InvalidReviewException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.getMessage()).doesNotContain(marker);
            });
  }

  private OpenedCase openCase() throws Exception {
    UUID personId =
        asAdmin.call(
            () -> registry.register(PeopleFixtureServlet.person(CustodyStatus.UNKNOWN, marker)));
    return asSupervisor.call(() -> caseOpening.openCaseFor(personId));
  }

  private Task awaitTask(OpenedCase opened, String taskKey) {
    List<Task> found = new ArrayList<>();
    Eventually.await(
        "task " + taskKey + " of case " + opened.reference(),
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

  private List<String> reasons(UUID caseId) throws SQLException {
    return column("SELECT reason FROM diligent_effort_review WHERE case_id = ?", caseId);
  }

  private long audits(UUID caseId, String action) throws SQLException {
    return column("SELECT action FROM audit_event WHERE case_id = ?", caseId).stream()
        .filter(action::equals)
        .count();
  }

  private List<String> column(String sql, UUID caseId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private static <T> T as(String username, Callable<T> work) throws Exception {
    return LoggedIn.as(username, TestStaff.PASSWORD, work);
  }

  private static Object run(Runnable work) {
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
