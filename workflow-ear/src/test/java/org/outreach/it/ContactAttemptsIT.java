package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.OpenedCase;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.DataKeysProperty;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.PeopleFixtureServlet;
import org.outreach.it.support.TestStaff;
import org.outreach.locate.AttemptView;
import org.outreach.locate.ContactAttemptReEncryption;
import org.outreach.locate.ContactAttempts;
import org.outreach.locate.ContactChannel;
import org.outreach.locate.ContactResult;
import org.outreach.locate.FoundContactPoint;
import org.outreach.locate.InvalidAttemptException;
import org.outreach.locate.NewAttempt;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.Teams;
import org.outreach.registry.ContactKind;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.PersonRegistry;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The rules of recording contact attempts on the real server: only the caseworker who holds the
 * locate task records, an attempt breaking a rule stores nothing, a search ends "not found" only
 * after an attempt and "found" only through a safe contact point, and the conclusion completes the
 * task in the same transaction; a contact point found on the way goes into the person's record; a
 * key rotation re-seals what the attempts hold.
 */
@ExtendWith(ArquillianExtension.class)
class ContactAttemptsIT {

  private static final String HOLDER = "it-attempts-holder";
  private static final String TEAMMATE = "it-attempts-teammate";
  private static final String DETENTION = "it-attempts-detention";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(ContactAttemptsIT.class, PeopleFixtureServlet.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseRecords caseRecords;
  @Inject ContactAttempts attempts;
  @Inject TaskInbox inbox;
  @Inject TaskService taskService;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject KeyAdministration keyAdministration;
  @Inject ContactAttemptReEncryption reEncryption;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private final String marker = "a" + UUID.randomUUID().toString().substring(0, 7);

  @BeforeEach
  void staffExist() {
    asAdmin.run(
        () -> {
          ensure(HOLDER, Teams.LOCATE);
          ensure(TEAMMATE, Teams.LOCATE);
          ensure(DETENTION, Teams.DETENTION);
        });
  }

  @Test
  void onlyTheHolderOfTheLocateTaskRecordsAndARefusedAttemptStoresNothing() throws Exception {
    OpenedCase opened = openCaseOfPersonWhoseWhereaboutsAreUnknown();
    String taskId = awaitLocateTask(opened).getId();
    NewAttempt call =
        new NewAttempt(ContactChannel.PHONE, now(), ContactResult.NO_ANSWER, "Note " + marker);

    // nobody holds it yet: not even its team records
    assertThatThrownBy(() -> as(TEAMMATE, () -> attempts.record(taskId, call)))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(TaskNotAvailableException.Reason.NOT_CLAIMED_BY_YOU));
    as(HOLDER, () -> run(() -> inbox.claim(taskId)));
    assertThatThrownBy(() -> as(TEAMMATE, () -> attempts.record(taskId, call)))
        .isInstanceOf(TaskNotAvailableException.class);
    assertThatThrownBy(() -> as(DETENTION, () -> attempts.record(taskId, call)))
        .isInstanceOfSatisfying(
            TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_VISIBLE));

    // each rule names its field, never the value
    assertRefused(
        new NewAttempt(ContactChannel.PHONE, now().plusDays(1), ContactResult.NO_ANSWER, marker),
        taskId,
        InvalidAttemptException.Field.ATTEMPTED_AT,
        InvalidAttemptException.Rule.IN_FUTURE);
    assertRefused(
        new NewAttempt(ContactChannel.PHONE, now().minusYears(1), ContactResult.NO_ANSWER, marker),
        taskId,
        InvalidAttemptException.Field.ATTEMPTED_AT,
        InvalidAttemptException.Rule.BEFORE_CASE_OPENED);
    assertRefused(
        new NewAttempt(ContactChannel.PHONE, now(), ContactResult.NO_ANSWER, marker.repeat(300)),
        taskId,
        InvalidAttemptException.Field.NOTE,
        InvalidAttemptException.Rule.TOO_LONG);
    assertRefused(
        new NewAttempt(null, now(), ContactResult.NO_ANSWER, marker),
        taskId,
        InvalidAttemptException.Field.CHANNEL,
        InvalidAttemptException.Rule.REQUIRED);
    assertThat(storedNotes(opened.id())).isEmpty();

    AttemptView recorded = as(HOLDER, () -> attempts.record(taskId, call));
    assertThat(recorded.note()).isEqualTo("Note " + marker);
    assertThat(storedNotes(opened.id()))
        .singleElement()
        .satisfies(note -> assertThat(note).startsWith("v1:").doesNotContain(marker));

    List<AttemptView> read = as(HOLDER, () -> attempts.attemptsForTask(taskId));
    assertThat(read)
        .singleElement()
        .satisfies(a -> assertThat(a.note()).isEqualTo("Note " + marker));
    assertThat(audits(opened.id(), "RECORD_CONTACT_ATTEMPT")).isEqualTo(1);
    assertThat(audits(opened.id(), "READ_CONTACT_ATTEMPTS")).isEqualTo(1);
    // another team does not read the case's attempts
    assertThatThrownBy(() -> as(DETENTION, () -> attempts.attemptsOf(opened.id())))
        .isInstanceOf(org.outreach.cases.UnknownCaseException.class);
  }

  @Test
  void notFoundNeedsAnAttemptAndFoundASafeContactPointAndEitherCompletesTheTask() throws Exception {
    OpenedCase opened = openCaseOfPersonWhoseWhereaboutsAreUnknown();
    String taskId = awaitLocateTask(opened).getId();
    as(HOLDER, () -> run(() -> inbox.claim(taskId)));

    assertThatThrownBy(() -> as(HOLDER, () -> run(() -> attempts.concludeNotFound(taskId))))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidAttemptException.Rule.NO_ATTEMPT_RECORDED));
    // the unsafe email of the fixture person is not a way to conclude found
    assertThatThrownBy(
            () ->
                as(
                    HOLDER,
                    () ->
                        run(
                            () ->
                                attempts.concludeFound(
                                    taskId,
                                    ContactKind.EMAIL,
                                    "unsafe-" + marker + "@example.org"))))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(InvalidAttemptException.Rule.NOT_A_SAFE_CONTACT_POINT));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(conclusions(opened.id())).isEmpty();

    String safePhone = safePhone();
    as(HOLDER, () -> run(() -> attempts.concludeFound(taskId, ContactKind.PHONE, safePhone)));

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(conclusions(opened.id())).containsExactly("FOUND");
    assertThat(audits(opened.id(), "RECORD_CONTACT_ATTEMPT")).isEqualTo(1);
  }

  @Test
  void aContactPointFoundDuringTheSearchGoesIntoThePersonsRecordAndConcludesTheSearch()
      throws Exception {
    OpenedCase opened = openCaseOfPersonWhoseWhereaboutsAreUnknown();
    String taskId = awaitLocateTask(opened).getId();
    String email = "found-" + marker + "@example.org";
    FoundContactPoint found =
        new FoundContactPoint(
            ContactKind.EMAIL, email, "Shelter " + marker, LocalDate.now(ZoneOffset.UTC), true);

    assertThatThrownBy(() -> as(HOLDER, () -> run(() -> attempts.addContactPoint(taskId, found))))
        .isInstanceOf(TaskNotAvailableException.class);
    as(HOLDER, () -> run(() -> inbox.claim(taskId)));
    assertThatThrownBy(
            () ->
                as(
                    HOLDER,
                    () ->
                        run(
                            () ->
                                attempts.addContactPoint(
                                    taskId,
                                    new FoundContactPoint(
                                        ContactKind.EMAIL, marker, null, null, true)))))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e -> {
              assertThat(e.field()).isEqualTo(InvalidAttemptException.Field.CONTACT_VALUE);
              assertThat(e.getMessage()).doesNotContain(marker);
            });
    assertThat(audits(opened.id(), "CHANGE_PERSON")).isZero();

    as(HOLDER, () -> run(() -> attempts.addContactPoint(taskId, found)));
    assertThat(audits(opened.id(), "CHANGE_PERSON")).isEqualTo(1);
    UUID personId = asSupervisor.call(() -> caseRecords.personOf(opened.id()).orElseThrow());
    var record =
        asSupervisor.call(
            () -> registry.readForCase(opened.id(), personId, AccessPurpose.SUPERVISION));
    assertThat(record.contactPoints())
        .anySatisfy(
            point -> {
              assertThat(point.value()).isEqualTo(email);
              assertThat(point.source()).isEqualTo("Shelter " + marker);
              assertThat(point.safeToContact()).isTrue();
            });

    as(HOLDER, () -> run(() -> attempts.concludeFound(taskId, ContactKind.EMAIL, email)));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void aKeyRotationReSealsTheNotesAndTheContactPointWhichStillRead() throws Exception {
    OpenedCase opened = openCaseOfPersonWhoseWhereaboutsAreUnknown();
    String taskId = awaitLocateTask(opened).getId();
    as(HOLDER, () -> run(() -> inbox.claim(taskId)));
    as(
        HOLDER,
        () ->
            attempts.record(
                taskId,
                new NewAttempt(
                    ContactChannel.PHONE, now(), ContactResult.NO_ANSWER, "Note " + marker)));
    String safePhone = safePhone();
    as(HOLDER, () -> run(() -> attempts.concludeFound(taskId, ContactKind.PHONE, safePhone)));
    String oldKey = asAdmin.call(() -> keyAdministration.keyIds().current());
    assertThat(keyIds(opened.id())).containsExactly(oldKey, oldKey);

    String newKey = "rot" + (System.nanoTime() % 100_000);
    DataKeysProperty.rotate(oldKey, newKey);
    asAdmin.call(() -> keyAdministration.reload());
    ContactAttemptReEncryption.Report report = asAdmin.call(() -> reEncryption.run());

    assertThat(report.currentKey()).isEqualTo(newKey);
    assertThat(report.attemptsReEncrypted()).isGreaterThanOrEqualTo(2);
    assertThat(keyIds(opened.id())).containsExactly(newKey, newKey);
    assertThat(storedNotes(opened.id()))
        .singleElement()
        .satisfies(note -> assertThat(note).startsWith("v1:" + newKey + ":"));
    assertThat(
            column(
                "SELECT contact_value FROM contact_attempt WHERE case_id = ? AND contact_value IS"
                    + " NOT NULL",
                opened.id()))
        .singleElement()
        .satisfies(value -> assertThat(value).startsWith("v1:" + newKey + ":"));
    assertThat(audits(opened.id(), "RE_ENCRYPT_CONTACT_ATTEMPT")).isEqualTo(2);

    List<AttemptView> read = asSupervisor.call(() -> attempts.attemptsOf(opened.id()));
    assertThat(read).extracting(AttemptView::note).contains("Note " + marker);
    assertThat(read).extracting(AttemptView::contactValue).contains(safePhone);
    // a second run finds nothing left to do
    assertThat(asAdmin.call(() -> reEncryption.run()).attemptsReEncrypted()).isZero();
  }

  private String safePhone() {
    return PeopleFixtureServlet.person(CustodyStatus.UNKNOWN, marker).contactPoints().stream()
        .filter(point -> point.safeToContact())
        .findFirst()
        .orElseThrow()
        .value();
  }

  private List<String> keyIds(UUID caseId) throws SQLException {
    return column(
        "SELECT key_id FROM contact_attempt WHERE case_id = ? AND key_id IS NOT NULL", caseId);
  }

  private void assertRefused(
      NewAttempt attempt,
      String taskId,
      InvalidAttemptException.Field field,
      InvalidAttemptException.Rule rule) {
    assertThatThrownBy(() -> as(HOLDER, () -> attempts.record(taskId, attempt)))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.getMessage()).doesNotContain(marker);
            });
  }

  private OpenedCase openCaseOfPersonWhoseWhereaboutsAreUnknown() throws Exception {
    UUID personId =
        asAdmin.call(
            () -> registry.register(PeopleFixtureServlet.person(CustodyStatus.UNKNOWN, marker)));
    return asSupervisor.call(() -> caseOpening.openCaseFor(personId));
  }

  private Task awaitLocateTask(OpenedCase opened) {
    List<Task> found = new ArrayList<>();
    Eventually.await(
        "the locate task of case " + opened.reference(),
        () -> {
          found.clear();
          found.addAll(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(opened.id().toString())
                  .taskDefinitionKey(LocatePersonProcess.TASK_LOCATE_PERSON)
                  .list());
          return !found.isEmpty();
        });
    return found.get(0);
  }

  private List<String> storedNotes(UUID caseId) throws SQLException {
    return column(
        "SELECT note FROM contact_attempt WHERE case_id = ? AND note IS NOT NULL", caseId);
  }

  private List<String> conclusions(UUID caseId) throws SQLException {
    return column(
        "SELECT conclusion FROM contact_attempt WHERE case_id = ? AND conclusion IS NOT NULL",
        caseId);
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

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static <T> T as(String username, Callable<T> work) throws Exception {
    return LoggedIn.as(username, TestStaff.PASSWORD, work);
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
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
