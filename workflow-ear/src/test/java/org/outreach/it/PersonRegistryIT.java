package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsCaseworker;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.Caller;
import org.outreach.it.support.DatabaseDump;
import org.outreach.it.support.Deployments;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.InvalidPersonException;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;

@ExtendWith(ArquillianExtension.class)
class PersonRegistryIT {

  private static final Pattern ANY_CASE_MARKER =
      Pattern.compile("marker", Pattern.CASE_INSENSITIVE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(PersonRegistryIT.class);
  }

  @Inject PersonRegistry registry;
  @Inject AuditTrail auditTrail;
  @Inject Caller caller;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject AsCaseworker asCaseworker;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** A fictitious person whose every value is easy to find in a dump and unlike anything else. */
  private record Marked(
      String familyName,
      String givenNames,
      String alternate,
      LocalDate dateOfBirth,
      String aNumber) {

    static Marked random() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      return new Marked(
          "Zqxmarker" + letters(8),
          "Qwvmarker" + letters(8),
          "Jxkmarker" + letters(8),
          LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
          String.valueOf(100_000_000 + random.nextInt(899_999_999)));
    }

    NewAffectedPerson toNew() {
      return new NewAffectedPerson(
          familyName,
          givenNames,
          List.of(alternate),
          dateOfBirth,
          "HT",
          aNumber,
          List.of("ht", "fra"),
          CustodyStatus.RELEASED,
          CustodyFacts.released(LocalDate.of(2026, 3, 2)),
          null,
          null,
          null);
    }

    List<String> secrets() {
      return List.of(
          familyName,
          givenNames,
          alternate,
          familyName.toLowerCase(),
          givenNames.toLowerCase(),
          aNumber,
          dateOfBirth.toString(),
          String.format(
              "%02d/%02d/%d",
              dateOfBirth.getMonthValue(), dateOfBirth.getDayOfMonth(), dateOfBirth.getYear()));
    }

    private static String letters(int count) {
      StringBuilder letters = new StringBuilder(count);
      for (int i = 0; i < count; i++) {
        letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
      }
      return letters.toString();
    }
  }

  private UUID register(Marked person) throws Exception {
    return asAdmin.call(() -> registry.register(person.toNew()));
  }

  @Test
  void noNameANumberOrDateOfBirthIsStoredInClear() throws Exception {
    List<Marked> people = List.of(Marked.random(), Marked.random(), Marked.random());
    List<UUID> ids = new java.util.ArrayList<>();
    for (Marked person : people) {
      ids.add(register(person));
    }
    asSupervisor.call(() -> registry.read(ids.get(0), AccessPurpose.SUPERVISION));

    String dump = DatabaseDump.of(dataSource);

    assertThat(DatabaseDump.tablesIn(dump))
        .anyMatch(table -> table.contains("affected_person"))
        .anyMatch(table -> table.contains("affected_person_name_token"))
        .anyMatch(table -> table.contains("audit_event"));
    for (UUID id : ids) {
      assertThat(dump).contains(id.toString());
    }
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
          .doesNotContain(person.dateOfBirth().toString());
    }
  }

  @Test
  void aReadReturnsTheRecordAndWritesExactlyOneAuditEventNamingReaderAndPurpose() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);

    asSupervisor.run(
        () -> {
          PersonView view = registry.read(id, AccessPurpose.OVERSIGHT_REQUEST);
          assertThat(view.familyName()).isEqualTo(person.familyName());
          assertThat(view.givenNames()).isEqualTo(person.givenNames());
          assertThat(view.alternateNames()).containsExactly(person.alternate());
          assertThat(view.dateOfBirth()).isEqualTo(person.dateOfBirth());
          assertThat(view.aNumber()).isEqualTo(person.aNumber());
          assertThat(view.nationality()).isEqualTo("HT");
          assertThat(view.preferredLanguages()).containsExactly("ht", "fra");
          assertThat(view.custodyStatus()).isEqualTo(CustodyStatus.RELEASED);
          assertThat(view.toString()).doesNotContain(person.familyName());

          List<AuditEntry> reads =
              auditTrail.forPerson(id).stream()
                  .filter(event -> event.action() == AuditAction.READ_PERSON)
                  .toList();
          assertThat(reads).hasSize(1);
          AuditEntry read = reads.get(0);
          assertThat(read.actor()).isNotBlank().isEqualTo(caller.name());
          assertThat(read.purpose()).isEqualTo(AccessPurpose.OVERSIGHT_REQUEST);
          assertThat(read.personId()).isEqualTo(id);
        });
  }

  @Test
  void anANumberSpelledDifferentlyFindsThePersonAndTheLookupIsAudited() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);
    String digits = person.aNumber();
    String spelled =
        "A " + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);

    asSupervisor.run(
        () -> {
          Optional<PersonView> found = registry.findByANumber(spelled, AccessPurpose.CASEWORK);
          assertThat(found).get().extracting(PersonView::id).isEqualTo(id);
          assertThat(auditTrail.forPerson(id))
              .filteredOn(event -> event.action() == AuditAction.READ_PERSON)
              .singleElement()
              .satisfies(
                  event -> {
                    assertThat(event.purpose()).isEqualTo(AccessPurpose.CASEWORK);
                    assertThat(event.actor()).isEqualTo(caller.name());
                  });
        });
  }

  @Test
  void aSecondPersonWithTheSameANumberIsRefusedNamingTheField() throws Exception {
    Marked first = Marked.random();
    register(first);
    Marked second = Marked.random();
    String digits = first.aNumber();
    NewAffectedPerson sameNumber =
        new NewAffectedPerson(
            second.familyName(),
            second.givenNames(),
            List.of(),
            second.dateOfBirth(),
            "CUB",
            "A" + digits.substring(0, 3) + " " + digits.substring(3),
            List.of("es"),
            CustodyStatus.UNKNOWN);

    assertThatThrownBy(() -> asAdmin.call(() -> registry.register(sameNumber)))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("aNumber:")
        .hasMessageNotContaining(digits.substring(0, 3) + " " + digits.substring(3))
        .hasMessageNotContaining(digits);
  }

  @Test
  void invalidValuesAreRefusedNamingFieldAndRuleNeverTheValue() throws Exception {
    Marked person = Marked.random();
    NewAffectedPerson future =
        new NewAffectedPerson(
            person.familyName(),
            person.givenNames(),
            List.of(),
            LocalDate.now().plusDays(2),
            "HT",
            person.aNumber(),
            List.of(),
            null);
    assertThatThrownBy(() -> asAdmin.call(() -> registry.register(future)))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessage("dateOfBirth: must not be in the future");

    NewAffectedPerson badCountry =
        new NewAffectedPerson(
            person.familyName(),
            person.givenNames(),
            List.of(),
            person.dateOfBirth(),
            "Haiti",
            person.aNumber(),
            List.of(),
            null);
    assertThatThrownBy(() -> asAdmin.call(() -> registry.register(badCountry)))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("nationality:")
        .hasMessageNotContaining("Haiti");

    NewAffectedPerson shortNumber =
        new NewAffectedPerson(
            person.familyName(),
            person.givenNames(),
            List.of(),
            person.dateOfBirth(),
            "HT",
            "1234567",
            List.of(),
            null);
    assertThatThrownBy(() -> asAdmin.call(() -> registry.register(shortNumber)))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("aNumber:")
        .hasMessageNotContaining("1234567");
  }

  @Test
  void aCaseworkerCannotReadOrFindAPersonNorRegisterOne() throws Exception {
    Marked person = Marked.random();
    UUID id = register(person);

    assertThatThrownBy(() -> asCaseworker.run(() -> registry.read(id, AccessPurpose.CASEWORK)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                asCaseworker.run(
                    () -> registry.findByANumber(person.aNumber(), AccessPurpose.CASEWORK)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asSupervisor.run(() -> registry.register(Marked.random().toNew())))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asCaseworker.run(() -> auditTrail.forPerson(id)))
        .isInstanceOf(EJBAccessException.class);
    asSupervisor.run(
        () ->
            assertThat(auditTrail.forPerson(id))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE_PERSON));
  }
}
