package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditEvent;
import org.outreach.audit.AuditTrail;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseTeams;
import org.outreach.cases.OpenedCase;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsCaseworker;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Caller;
import org.outreach.it.support.DataKeysProperty;
import org.outreach.it.support.DatabaseDump;
import org.outreach.it.support.Deployments;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.NoticeAddresses;
import org.outreach.registry.OutreachFacts;
import org.outreach.registry.PersonChange;
import org.outreach.registry.PersonChange.Part;
import org.outreach.registry.PersonFacts;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;
import org.outreach.registry.ReEncryption;
import org.outreach.registry.RemovalTiming;
import org.outreach.registry.RiskNotes;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The whole person record: custody facts, contact points, attorney and risk notes are stored
 * encrypted, read back through every door with one audit event each, updated by a re-import with a
 * precise change report, turned into process facts without decryption, and re-encrypted under a new
 * key.
 */
@ExtendWith(ArquillianExtension.class)
class PersonRecordIT {

  private static final Pattern ANY_CASE_MARKER =
      Pattern.compile("marker", Pattern.CASE_INSENSITIVE);

  private static final String PASSWORD = "it-record-password-0123";
  private static final String SUPERVISOR = "it-rec-sam";
  private static final String CASEWORKER = "it-rec-carmen";
  private static final String ADMIN = "it-rec-ada";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(PersonRecordIT.class);
  }

  @Inject PersonRegistry registry;
  @Inject PersonFacts personFacts;
  @Inject NoticeAddresses noticeAddresses;
  @Inject AsSystem asSystem;
  @Inject ReEncryption reEncryption;
  @Inject KeyAdministration keyAdministration;
  @Inject AuditTrail auditTrail;
  @Inject CaseOpening caseOpening;
  @Inject UserAdministration users;
  @Inject Caller caller;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject AsCaseworker asCaseworker;
  @Inject CaseTeams caseTeams;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** A fictitious person with a distinctive marker in every personal value. */
  private record Marked(
      String familyName,
      String givenNames,
      String alternate,
      LocalDate dateOfBirth,
      String aNumber,
      String facility,
      LocalDate detainedSince,
      String postalAddress,
      String phone,
      String email,
      String unsafeEmail,
      String partner,
      String source,
      String attorneyName,
      String attorneyFirm,
      String attorneyEmail,
      String attorneyAddress,
      String note) {

    static Marked random() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      return new Marked(
          "Zqxmarker" + letters(8),
          "Qwvmarker" + letters(8),
          "Jxkmarker" + letters(8),
          LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
          String.valueOf(100_000_000 + random.nextInt(899_999_999)),
          "Facilitymarker " + letters(8) + " Processing Center",
          LocalDate.of(2010 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28)),
          "12 Addressmarker" + letters(6) + " Street, Apt 3",
          "+1202" + (1_000_000 + random.nextInt(8_999_999)),
          "emailmarker" + letters(8) + "@example.org",
          "unsafemarker" + letters(8) + "@example.org",
          "Partnermarker " + letters(8) + " Legal Aid",
          "Sourcemarker " + letters(8),
          "Attorneymarker " + letters(8),
          "Firmmarker " + letters(8) + " LLP",
          "counselmarker" + letters(8) + "@example.org",
          "1 Courtmarker" + letters(6) + " Plaza",
          "Notemarker: relatives threatened by " + letters(8));
    }

    NewAffectedPerson detained() {
      return new NewAffectedPerson(
          familyName,
          givenNames,
          List.of(alternate),
          dateOfBirth,
          "HT",
          aNumber,
          List.of("fra", "ht"),
          CustodyStatus.DETAINED,
          CustodyFacts.detained(facility, detainedSince),
          List.of(
              new ContactPoint(ContactKind.EMAIL, unsafeEmail, source, detainedSince, false),
              new ContactPoint(ContactKind.EMAIL, email, source, detainedSince, true),
              new ContactPoint(ContactKind.POSTAL_ADDRESS, postalAddress, source, null, true),
              new ContactPoint(ContactKind.PHONE, phone, source, null, false),
              new ContactPoint(ContactKind.PARTNER_ORGANISATION, partner, source, null, true)),
          new Attorney(attorneyName, attorneyFirm, attorneyEmail, attorneyAddress),
          new RiskNotes(true, note));
    }

    List<String> secrets() {
      return List.of(
          familyName,
          givenNames,
          alternate,
          familyName.toLowerCase(),
          aNumber,
          dateOfBirth.toString(),
          facility,
          detainedSince.toString(),
          postalAddress,
          phone,
          phone.substring(1),
          email,
          unsafeEmail,
          partner,
          source,
          attorneyName,
          attorneyFirm,
          attorneyEmail,
          attorneyAddress,
          note);
    }

    private static String letters(int count) {
      StringBuilder letters = new StringBuilder(count);
      for (int i = 0; i < count; i++) {
        letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
      }
      return letters.toString();
    }
  }

  @BeforeEach
  void staffExist() throws Exception {
    asAdmin.run(
        () -> {
          ensure(SUPERVISOR, Role.SUPERVISOR, "supervisors");
          ensure(CASEWORKER, Role.CASEWORKER, "caseworkers");
          ensure(ADMIN, Role.ADMIN, "administrators");
        });
  }

  private void ensure(String username, Role role, String team) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, PASSWORD.toCharArray(), Set.of(role), Set.of(team)));
    }
  }

  private UUID register(Marked person) throws Exception {
    return asAdmin.call(() -> registry.register(person.detained()));
  }

  private List<AuditEntry> audit(UUID personId) throws Exception {
    return asSupervisor.call(() -> auditTrail.forPerson(personId));
  }

  private List<AuditEntry> audit(UUID personId, AuditAction action) throws Exception {
    return audit(personId).stream().filter(event -> event.action() == action).toList();
  }

  @Test
  void everyPersonalValueOfTheRecordIsStoredEncryptedAndNeverLogged() throws Exception {
    List<Marked> people = List.of(Marked.random(), Marked.random());
    List<UUID> ids = new ArrayList<>();
    for (Marked person : people) {
      ids.add(register(person));
    }
    // the values pass through every door once, so a careless log line anywhere would show them
    UUID caseId = asSupervisor.call(() -> caseOpening.openCaseFor(ids.get(0)).id());
    asSupervisor.call(() -> registry.read(ids.get(0), AccessPurpose.SUPERVISION));
    asSupervisor.call(
        () ->
            registry.search(
                people.get(1).familyName(), people.get(1).dateOfBirth(), AccessPurpose.CASEWORK));
    BasicHttp.Answer rest =
        BasicHttp.get(
            SUPERVISOR, PASSWORD, "api/cases/" + caseId + "?purpose=" + AccessPurpose.SUPERVISION);
    assertThat(rest.status()).isEqualTo(200);
    assertThat(rest.body()).contains(people.get(0).attorneyEmail());
    asSystem.get(() -> noticeAddresses.safeEmail(ids.get(1)));
    asAdmin.call(() -> registry.update(ids.get(1), people.get(1).detained()));

    String dump = DatabaseDump.of(dataSource);

    if (DatabaseDump.usesPgDump(dataSource)) {
      assertThat(dump).contains("PostgreSQL database dump").contains("person_contact_point");
    }
    assertThat(DatabaseDump.tablesIn(dump))
        .anyMatch(table -> table.contains("person_contact_point"))
        .anyMatch(table -> table.contains("affected_person"));
    assertThat(dump).contains(ids.get(0).toString()).contains(ids.get(1).toString());
    // a search without a lower-cased copy: the whole database is hundreds of megabytes by now
    assertThat(ANY_CASE_MARKER.matcher(dump).find())
        .as("\"marker\" in any case in the dump")
        .isFalse();
    for (Marked person : people) {
      for (String secret : person.secrets()) {
        assertThat(dump).doesNotContain(secret);
      }
    }

    Path serverLog = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    String log = Files.readString(serverLog, StandardCharsets.UTF_8);
    assertThat(log).contains(ids.get(0).toString());
    // a search without a lower-cased copy: the whole database is hundreds of megabytes by now
    assertThat(ANY_CASE_MARKER.matcher(log).find())
        .as("\"marker\" in any case in the log")
        .isFalse();
    for (Marked person : people) {
      assertThat(log)
          .doesNotContain(person.aNumber())
          .doesNotContain(person.dateOfBirth().toString())
          .doesNotContain(person.phone());
    }
  }

  @Test
  void aReadReturnsTheWholeRecordAndWritesExactlyOneAuditEventNamingTheReader() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);

    PersonView view =
        asSupervisor.call(
            () -> {
              PersonView read = registry.read(id, AccessPurpose.OVERSIGHT_REQUEST);
              assertThat(audit(id, AuditAction.READ_PERSON))
                  .singleElement()
                  .satisfies(
                      event -> {
                        assertThat(event.actor()).isEqualTo(caller.name());
                        assertThat(event.purpose()).isEqualTo(AccessPurpose.OVERSIGHT_REQUEST);
                      });
              return read;
            });

    assertThat(view.familyName()).isEqualTo(person.familyName());
    assertThat(view.custodyStatus()).isEqualTo(CustodyStatus.DETAINED);
    assertThat(view.custodyFacts())
        .isEqualTo(CustodyFacts.detained(person.facility(), person.detainedSince()));
    assertThat(view.contactPoints())
        .extracting(ContactPoint::kind, ContactPoint::value, ContactPoint::safeToContact)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ContactKind.EMAIL, person.unsafeEmail(), false),
            org.assertj.core.groups.Tuple.tuple(ContactKind.EMAIL, person.email(), true),
            org.assertj.core.groups.Tuple.tuple(
                ContactKind.POSTAL_ADDRESS, person.postalAddress(), true),
            org.assertj.core.groups.Tuple.tuple(ContactKind.PHONE, person.phone(), false),
            org.assertj.core.groups.Tuple.tuple(
                ContactKind.PARTNER_ORGANISATION, person.partner(), true));
    assertThat(view.contactPoints().get(0).source()).isEqualTo(person.source());
    assertThat(view.contactPoints().get(0).asOf()).isEqualTo(person.detainedSince());
    assertThat(view.attorney())
        .isEqualTo(
            new Attorney(
                person.attorneyName(),
                person.attorneyFirm(),
                person.attorneyEmail(),
                person.attorneyAddress()));
    assertThat(view.riskNotes()).isEqualTo(new RiskNotes(true, person.note()));
    assertThat(view.noticeLanguage()).isEqualTo("fr");
    assertThat(view.toString()).doesNotContain(person.familyName()).contains(id.toString());
  }

  @Test
  void aSearchByNameAndDateOfBirthFindsThePersonAndAuditsEachRecordReturned() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    Marked other = Marked.random();
    register(other);

    List<PersonView> byNameAndBirth =
        asSupervisor.call(
            () ->
                registry.search(
                    person.givenNames().toUpperCase() + " " + person.familyName(),
                    person.dateOfBirth(),
                    AccessPurpose.CASEWORK));
    assertThat(byNameAndBirth).extracting(PersonView::id).containsExactly(id);
    assertThat(audit(id, AuditAction.SEARCH_PERSON))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actor()).isNotBlank().isNotEqualTo(AuditEvent.SYSTEM);
              assertThat(event.purpose()).isEqualTo(AccessPurpose.CASEWORK);
            });

    List<PersonView> byAlternateName =
        asSupervisor.call(
            () -> registry.search(person.alternate(), null, AccessPurpose.SUPERVISION));
    assertThat(byAlternateName).extracting(PersonView::id).containsExactly(id);

    List<PersonView> wrongBirthday =
        asSupervisor.call(
            () ->
                registry.search(
                    person.familyName(),
                    person.dateOfBirth().plusDays(1),
                    AccessPurpose.SUPERVISION));
    assertThat(wrongBirthday).isEmpty();
    assertThat(audit(id, AuditAction.SEARCH_PERSON)).hasSize(2);
    assertThatThrownBy(
            () ->
                asCaseworker.run(
                    () -> registry.search(person.familyName(), null, AccessPurpose.CASEWORK)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theCaseDoorReturnsTheRecordToSupervisorsOnlyAndAuditsItOnceNamingReaderAndCase()
      throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(id));

    BasicHttp.Answer supervisor =
        BasicHttp.get(
            SUPERVISOR, PASSWORD, "api/cases/" + opened.id() + "?purpose=OVERSIGHT_REQUEST");
    assertThat(supervisor.status()).isEqualTo(200);
    assertThat(supervisor.body())
        .contains("\"reference\":\"" + opened.reference() + "\"")
        .contains(person.familyName())
        .contains(person.email())
        .contains("\"personId\":\"" + id + "\"");
    assertThat(audit(id, AuditAction.READ_PERSON))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actor()).isEqualTo(SUPERVISOR);
              assertThat(event.caseId()).isEqualTo(opened.id());
              assertThat(event.purpose()).isEqualTo(AccessPurpose.OVERSIGHT_REQUEST);
            });

    // a caseworker sees a case their team has a task on (the task itself is not this test's)
    asSystem.run(() -> caseTeams.joined(opened.id(), "caseworkers"));
    BasicHttp.Answer caseworker =
        BasicHttp.get(CASEWORKER, PASSWORD, "api/cases/" + opened.id() + "?purpose=CASEWORK");
    assertThat(caseworker.status()).isEqualTo(200);
    assertThat(caseworker.body()).contains(opened.reference()).doesNotContain(person.familyName());
    assertThat(audit(id, AuditAction.READ_PERSON)).hasSize(1);

    BasicHttp.Answer list = BasicHttp.get(SUPERVISOR, PASSWORD, "api/cases?page=0&size=200");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("\"total\":").doesNotContainIgnoringCase("marker");

    BasicHttp.Answer trail = BasicHttp.get(SUPERVISOR, PASSWORD, "api/people/" + id + "/audit");
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.body())
        .contains("\"action\":\"CREATE_PERSON\"")
        .contains("\"action\":\"READ_PERSON\"")
        .contains("\"actor\":\"" + SUPERVISOR + "\"")
        .doesNotContainIgnoringCase("marker");
    assertThat(audit(id, AuditAction.READ_PERSON)).hasSize(1);
  }

  @Test
  void restErrorsAreProblemsNamingTheParameterNeverAValue() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(id));

    BasicHttp.Answer unknown =
        BasicHttp.get(
            SUPERVISOR, PASSWORD, "api/cases/" + UUID.randomUUID() + "?purpose=SUPERVISION");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("\"status\":404").contains("No outreach case");

    BasicHttp.Answer noPurpose = BasicHttp.get(SUPERVISOR, PASSWORD, "api/cases/" + opened.id());
    assertThat(noPurpose.status()).isEqualTo(400);
    assertThat(noPurpose.body()).contains("purpose: required");

    BasicHttp.Answer badPurpose =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/cases/" + opened.id() + "?purpose=Zqxcuriosity");
    assertThat(badPurpose.status()).isEqualTo(400);
    assertThat(badPurpose.body())
        .contains("purpose: must be one of")
        .doesNotContain("Zqxcuriosity");

    BasicHttp.Answer jobPurpose =
        BasicHttp.get(
            SUPERVISOR, PASSWORD, "api/cases/" + opened.id() + "?purpose=NOTICE_DELIVERY");
    assertThat(jobPurpose.status()).isEqualTo(400);

    BasicHttp.Answer badSize = BasicHttp.get(SUPERVISOR, PASSWORD, "api/cases?size=100000");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.body()).contains("size: must be a whole number");

    BasicHttp.Answer caseworkerList = BasicHttp.get(CASEWORKER, PASSWORD, "api/cases");
    assertThat(caseworkerList.status()).isEqualTo(403);
    assertThat(caseworkerList.contentType()).startsWith("application/problem+json");

    BasicHttp.Answer unknownPerson =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/people/" + UUID.randomUUID() + "/audit");
    assertThat(unknownPerson.status()).isEqualTo(404);

    BasicHttp.Answer notAnAdmin = BasicHttp.post(SUPERVISOR, PASSWORD, "api/admin/re-encryption");
    assertThat(notAnAdmin.status()).isEqualTo(403);

    assertThat(audit(id, AuditAction.READ_PERSON)).isEmpty();
  }

  @Test
  void anUpdateSaysWhatChangedAndAnUnchangedReImportChangesNothing() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    NewAffectedPerson before = person.detained();
    String newEmail = "newmarker" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    NewAffectedPerson released =
        new NewAffectedPerson(
            before.familyName(),
            before.givenNames(),
            before.alternateNames(),
            before.dateOfBirth(),
            before.nationality(),
            "A" + before.aNumber(),
            before.preferredLanguages(),
            CustodyStatus.RELEASED,
            CustodyFacts.released(LocalDate.now().minusDays(3)),
            List.of(
                new ContactPoint(ContactKind.EMAIL, newEmail, "re-import", null, true),
                new ContactPoint(ContactKind.PHONE, person.phone(), person.source(), null, true)),
            new Attorney("Other Attorneymarker", null, null, null),
            null);

    PersonChange change = asAdmin.call(() -> registry.update(id, released));

    assertThat(change.personId()).isEqualTo(id);
    assertThat(change.parts())
        .containsExactlyInAnyOrder(
            Part.CUSTODY_STATUS, Part.CUSTODY_FACTS, Part.CONTACT_POINTS, Part.ATTORNEY);
    assertThat(change.previousCustodyStatus()).isEqualTo(CustodyStatus.DETAINED);
    assertThat(change.custodyStatus()).isEqualTo(CustodyStatus.RELEASED);
    assertThat(change.custodyStatusChanged()).isTrue();
    assertThat(change.contactPointsAdded()).isEqualTo(1);
    assertThat(change.contactPointsChanged()).isEqualTo(1);
    assertThat(change.outreachFactsChanged()).isTrue();
    assertThat(change.toString()).doesNotContainIgnoringCase("marker");

    PersonChange again = asAdmin.call(() -> registry.update(id, released));
    assertThat(again.changed()).isFalse();
    assertThat(again.custodyStatusChanged()).isFalse();
    assertThat(audit(id, AuditAction.CHANGE_PERSON))
        .singleElement()
        .satisfies(event -> assertThat(event.purpose()).isEqualTo(AccessPurpose.REGISTRATION));

    PersonView view = asSupervisor.call(() -> registry.read(id, AccessPurpose.RECORD_CORRECTION));
    assertThat(view.custodyStatus()).isEqualTo(CustodyStatus.RELEASED);
    assertThat(view.custodyFacts().detentionFacility()).isNull();
    assertThat(view.contactPoints()).hasSize(6);
    assertThat(view.contactPoints())
        .filteredOn(contact -> contact.value().equals(person.phone()))
        .singleElement()
        .satisfies(contact -> assertThat(contact.safeToContact()).isTrue());
    assertThat(view.attorney().name()).isEqualTo("Other Attorneymarker");
    assertThat(view.riskNotes()).isEqualTo(new RiskNotes(true, person.note()));
    assertThat(asSystem.get(() -> personFacts.of(id)).hasSafePhone()).isTrue();
  }

  @Test
  void processFactsCarryEveryFlagAndNoValue() throws Exception {
    Marked person = Marked.random();
    NewAffectedPerson removed =
        new NewAffectedPerson(
            person.familyName(),
            person.givenNames(),
            List.of(),
            person.dateOfBirth(),
            "CU",
            person.aNumber(),
            List.of("es"),
            CustodyStatus.REMOVED,
            CustodyFacts.removed(
                "CU", LocalDate.now().minusDays(20), RemovalTiming.AFTER_LEAK_BEFORE_NOTICE),
            List.of(
                new ContactPoint(
                    ContactKind.PARTNER_ORGANISATION, person.partner(), null, null, true),
                new ContactPoint(ContactKind.PHONE, person.phone(), null, null, false)),
            null,
            new RiskNotes(true, null));
    UUID id = asAdmin.call(() -> registry.register(removed));

    OutreachFacts facts = asSystem.get(() -> personFacts.of(id));

    assertThat(facts)
        .isEqualTo(
            new OutreachFacts(
                id,
                CustodyStatus.REMOVED,
                true,
                true,
                false,
                false,
                false,
                false,
                true,
                "es",
                Set.of(ExposedField.PROTECTION_CLAIM)));
    UUID plain = register(Marked.random());
    assertThat(asSystem.get(() -> personFacts.of(plain)))
        .isEqualTo(
            new OutreachFacts(
                plain,
                CustodyStatus.DETAINED,
                false,
                true,
                true,
                true,
                false,
                true,
                true,
                "fr",
                Set.of(ExposedField.PROTECTION_CLAIM)));
    assertThat(audit(id)).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE_PERSON);
  }

  @Test
  void noticeAddressesDecryptOneFieldEachAndAuditEachCallAsTheSystem() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);

    assertThat(asSystem.get(() -> noticeAddresses.safeEmail(id))).contains(person.email());
    assertThat(asSystem.get(() -> noticeAddresses.safePostalAddress(id)))
        .contains(person.postalAddress());
    assertThat(asSystem.get(() -> noticeAddresses.attorneyEmail(id)))
        .contains(person.attorneyEmail());

    NewAffectedPerson unreachable =
        new NewAffectedPerson(
            "Nomarker" + UUID.randomUUID().toString().substring(0, 6),
            "Given",
            List.of(),
            LocalDate.of(1980, 1, 1),
            "HT",
            String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)),
            List.of(),
            CustodyStatus.UNKNOWN);
    UUID other = asAdmin.call(() -> registry.register(unreachable));
    assertThat(asSystem.get(() -> noticeAddresses.safeEmail(other))).isEqualTo(Optional.empty());
    assertThat(asSystem.get(() -> noticeAddresses.attorneyEmail(other)))
        .isEqualTo(Optional.empty());

    assertThat(audit(id, AuditAction.READ_NOTICE_ADDRESS))
        .hasSize(3)
        .allSatisfy(
            event -> {
              assertThat(event.actor()).isEqualTo(AuditEvent.SYSTEM);
              assertThat(event.purpose()).isEqualTo(AccessPurpose.NOTICE_DELIVERY);
            });
    assertThat(audit(id, AuditAction.READ_PERSON)).isEmpty();
    assertThat(audit(other, AuditAction.READ_NOTICE_ADDRESS)).hasSize(2);
  }

  @Test
  void idsByANumbersFindsRegisteredPeopleInAnySpellingWithoutReadingThem() throws Exception {
    Marked first = Marked.random();
    Marked second = Marked.random();
    UUID firstId = register(first);
    UUID secondId = register(second);
    String spelled = "A " + second.aNumber().substring(0, 3) + "-" + second.aNumber().substring(3);
    String unknown = "0" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

    Map<String, UUID> ids =
        asAdmin.call(() -> registry.idsByANumbers(List.of(first.aNumber(), spelled, unknown)));

    assertThat(ids).containsOnly(Map.entry(first.aNumber(), firstId), Map.entry(spelled, secondId));
    assertThat(audit(firstId))
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE_PERSON);
  }

  @Test
  void reEncryptionUnderANewKeyLeavesEveryRecordReadableAndNoOldCiphertext() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    String oldFamilyName = stored("SELECT family_name FROM affected_person WHERE id = ?", id);
    String oldContact =
        stored(
            "SELECT contact_value FROM person_contact_point WHERE person_id = ? ORDER BY list_position",
            id);
    String oldKey = asAdmin.call(() -> keyAdministration.keyIds().current());
    assertThat(oldFamilyName).startsWith("v1:" + oldKey + ":");

    String newKey = "rot" + (System.nanoTime() % 100_000);
    DataKeysProperty.rotate(oldKey, newKey);
    BasicHttp.Answer reload = BasicHttp.post(ADMIN, PASSWORD, "api/admin/data-keys/reload");
    assertThat(reload.status()).isEqualTo(200);
    assertThat(reload.body()).contains("\"currentKey\":\"" + newKey + "\"");

    BasicHttp.Answer job = BasicHttp.post(ADMIN, PASSWORD, "api/admin/re-encryption");
    assertThat(job.status()).isEqualTo(200);
    assertThat(job.body())
        .contains("\"currentKey\":\"" + newKey + "\"")
        .contains("\"letters\":")
        .doesNotContain("\"values\":0");

    String dump = DatabaseDump.of(dataSource);
    assertThat(dump)
        .doesNotContain(oldFamilyName)
        .doesNotContain(oldContact)
        .doesNotContain("v1:" + oldKey + ":")
        .contains("v1:" + newKey + ":");
    assertThat(stored("SELECT family_name FROM affected_person WHERE id = ?", id))
        .startsWith("v1:" + newKey + ":");

    PersonView view = asSupervisor.call(() -> registry.read(id, AccessPurpose.SUPERVISION));
    assertThat(view.familyName()).isEqualTo(person.familyName());
    assertThat(view.attorney().email()).isEqualTo(person.attorneyEmail());
    assertThat(view.contactPoints().get(0).value()).isEqualTo(person.unsafeEmail());
    assertThat(audit(id, AuditAction.RE_ENCRYPT_PERSON))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actor()).isEqualTo(ADMIN);
              assertThat(event.purpose()).isEqualTo(AccessPurpose.KEY_ROTATION);
            });

    ReEncryption.Report second = asAdmin.call(() -> reEncryption.run());
    assertThat(second.values()).isZero();
    assertThat(second.people()).isPositive();
    assertThatThrownBy(() -> asSupervisor.call(() -> reEncryption.run()))
        .isInstanceOf(EJBAccessException.class);
  }

  private String stored(String sql, UUID id) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }
}
