package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.OpenedCase;
import org.outreach.cases.RemovalHoldState;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.OutreachProcess;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The removal office's door on the real server, over HTTP with its own account: a manifest naming a
 * person under a running hold answers "held - do not remove" for that row and nothing for a row the
 * registry does not know, never repeating an A-number; the person's process marks the case urgent
 * and gives the supervisors the task to stop the removal, once however often the manifest comes;
 * the check is on the person's audit trail. Bad manifests are refused whole, naming row, field and
 * rule without the value, and record nothing; the office's account reaches nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalManifestsIT {

  private static final String OFFICE = "it-removal-office";
  private static final String HELD = "held - do not remove";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(RemovalManifestsIT.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseRecords caseRecords;
  @Inject CaseProgress progress;
  @Inject AsSystem asSystem;
  @Inject TaskService taskService;
  @Inject AuditTrail auditTrail;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void theOfficeAndTheStaff() {
    asAdmin.run(
        () -> {
          TestStaff.ensure(users, OFFICE, TestStaff.PASSWORD, Role.REMOVAL_OFFICE, Set.of());
          TestStaff.ensure(
              users,
              TestStaff.OTHER_TEAM_CASEWORKER,
              TestStaff.PASSWORD,
              Role.CASEWORKER,
              Set.of(TestStaff.OTHER_TEAM));
        });
  }

  @Test
  void aPersonUnderAHoldOnTheManifestIsHeldAndTheSupervisorsGetTheTaskOnce() throws Exception {
    String aNumber = aNumber(0);
    UUID personId = asAdmin.call(() -> registry.register(detained(aNumber)));
    OpenedCase opened = underAHold(personId);
    String unknown = aNumber(7);
    String removal = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
    String manifest =
        "a_number,scheduled_for,destination\r\n"
            + "A"
            + aNumber
            + ","
            + removal
            + ",HN\r\n"
            + unknown
            + ","
            + removal
            + ",GTM\r\n";

    BasicHttp.Answer answer = post("text/csv", manifest);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"rows\":2", "\"held\":1")
        .contains("{\"row\":2,\"answer\":\"" + HELD + "\"}")
        .contains("{\"row\":3}")
        .doesNotContain(aNumber)
        .doesNotContain(unknown);
    Eventually.await("the task to stop the removal", () -> stopTasks(opened) == 1 ? true : null);
    assertThat(caseRecords.find(opened.id()).map(CaseSummary::urgent)).contains(true);
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .extracting(CaseProgress.Entry::kind)
        .contains(CaseEventKind.REMOVAL_SCHEDULED_DURING_HOLD);
    List<AuditEntry> checks =
        asSupervisor.call(() -> auditTrail.forPerson(personId)).stream()
            .filter(entry -> entry.action() == AuditAction.CHECK_REMOVAL_MANIFEST)
            .toList();
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).actor()).isEqualTo(OFFICE);
    assertThat(checks.get(0).purpose()).isEqualTo(AccessPurpose.REMOVAL_CHECK);
    assertThat(checks.get(0).caseId()).isEqualTo(opened.id());

    // the same removal again, as JSON: the same answer, audited again, no second task
    BasicHttp.Answer again =
        post(
            "application/json",
            "{\"removals\":[{\"aNumber\":\""
                + aNumber
                + "\",\"scheduledFor\":\""
                + removal
                + "\",\"destination\":\"HN\"}]}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.body())
        .contains("{\"row\":1,\"answer\":\"" + HELD + "\"}")
        .doesNotContain(aNumber);
    Thread.sleep(2_000);
    assertThat(stopTasks(opened)).isEqualTo(1);
    assertThat(
            asSupervisor.call(() -> auditTrail.forPerson(personId)).stream()
                .filter(entry -> entry.action() == AuditAction.CHECK_REMOVAL_MANIFEST))
        .hasSize(2);
  }

  @Test
  void aManifestWithABadRowIsRefusedWholeNamingRowFieldAndRuleAndRecordsNothing() throws Exception {
    String aNumber = aNumber(1);
    UUID personId = asAdmin.call(() -> registry.register(detained(aNumber)));
    OpenedCase opened = underAHold(personId);
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String manifest =
        "a_number,scheduled_for,destination\n"
            + aNumber
            + ","
            + tomorrow
            + ",HN\n"
            + "12-ab,"
            + tomorrow
            + ",HN\n"
            + aNumber
            + ","
            + yesterday
            + ",HN\n"
            + aNumber
            + ",03/12/2027,HN\n"
            + aNumber
            + ","
            + tomorrow
            + ",Narnia\n";

    BasicHttp.Answer refused = post("text/csv", manifest);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("\"row\":3", "\"field\":\"a_number\"")
        .contains("\"row\":4", "\"field\":\"scheduled_for\"", "must not be in the past")
        .contains("\"row\":5", "yyyy-mm-dd")
        .contains("\"row\":6", "\"field\":\"destination\"", "ISO 3166")
        .doesNotContain("\"row\":2,")
        .doesNotContain(aNumber)
        .doesNotContain("12-ab")
        .doesNotContain("Narnia")
        .doesNotContain(yesterday);
    // nothing was checked: the good row raised no task and no audit event
    Thread.sleep(2_000);
    assertThat(stopTasks(opened)).isZero();
    assertThat(
            asSupervisor.call(() -> auditTrail.forPerson(personId)).stream()
                .filter(entry -> entry.action() == AuditAction.CHECK_REMOVAL_MANIFEST))
        .isEmpty();

    assertThat(post("text/csv", "anumber,date\n" + aNumber + "," + tomorrow + "\n").status())
        .isEqualTo(422);
    assertThat(post("text/csv", "a_number,scheduled_for,destination\n").body())
        .contains("at least one removal");
    assertThat(post("application/json", "{\"removals\":\"" + aNumber + "\"}").status())
        .isEqualTo(400);
    assertThat(post("application/json", "{\"removals\":[{\"aNumber\":12}]}").body())
        .contains("removals[1].aNumber: must be a string");
    assertThat(post("application/json", "not json").status()).isEqualTo(400);
    assertThat(post("application/x-www-form-urlencoded", "a_number=" + aNumber).status())
        .isEqualTo(415);
  }

  @Test
  void onlyTheRemovalOfficeSupervisorsAndAdministratorsReachTheDoorAndTheOfficeNothingElse()
      throws Exception {
    String manifest =
        "a_number,scheduled_for,destination\n"
            + aNumber(2)
            + ","
            + LocalDate.now(ZoneOffset.UTC).plusDays(5)
            + ",HN\n";
    assertThat(
            BasicHttp.post(
                    TestStaff.OTHER_TEAM_CASEWORKER,
                    TestStaff.PASSWORD,
                    "api/removal-manifests",
                    "text/csv",
                    manifest)
                .status())
        .isEqualTo(403);
    assertThat(
            BasicHttp.post(
                    OFFICE, "not-the-password", "api/removal-manifests", "text/csv", manifest)
                .status())
        .as("a wrong password checks nothing")
        .isNotEqualTo(200);
    BasicHttp.Answer unknownPerson = post("text/csv", manifest);
    assertThat(unknownPerson.status()).isEqualTo(200);
    assertThat(unknownPerson.body()).contains("\"held\":0", "{\"row\":2}");
    assertThat(BasicHttp.get(OFFICE, TestStaff.PASSWORD, "api/dispatch-refusals").status())
        .isEqualTo(403);
    assertThat(BasicHttp.get(OFFICE, TestStaff.PASSWORD, "inbox.xhtml").status()).isEqualTo(403);
  }

  private BasicHttp.Answer post(String contentType, String body) throws Exception {
    return BasicHttp.post(OFFICE, TestStaff.PASSWORD, "api/removal-manifests", contentType, body);
  }

  /** The person's case, opened and waiting with its removal hold in place. */
  private OpenedCase underAHold(UUID personId) throws Exception {
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    Eventually.await(
        "the removal hold in place",
        () ->
            caseRecords.find(opened.id()).map(CaseSummary::removalHoldState).orElse(null)
                    == RemovalHoldState.IN_PLACE
                ? true
                : null);
    return opened;
  }

  private long stopTasks(OpenedCase opened) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(opened.id().toString())
        .taskDefinitionKey(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL)
        .count();
  }

  /** Nine digits, one set per test run and person. */
  private String aNumber(int which) {
    return String.format(
        "%09d", (Math.floorMod(marker.hashCode(), 100_000_000) * 10L + which) % 1_000_000_000);
  }

  private NewAffectedPerson detained(String aNumber) {
    return new NewAffectedPerson(
        "Family-" + marker,
        "Given-" + marker,
        List.of(),
        LocalDate.of(1986, 2, 3).plusDays(Long.parseLong(aNumber) % 1000),
        "HN",
        aNumber,
        List.of("es"),
        CustodyStatus.DETAINED,
        CustodyFacts.detained("Facility-" + marker, LocalDate.of(2026, 9, 14)),
        List.of(
            new ContactPoint(
                ContactKind.EMAIL,
                "manifest-" + marker + "@outreach.test",
                "intake",
                LocalDate.of(2026, 11, 2),
                true)),
        null,
        null);
  }
}
