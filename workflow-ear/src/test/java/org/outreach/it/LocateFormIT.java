package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.TestStaff;

/**
 * The page of a locate task in a real headless Chromium: a caseworker of the locate team records
 * what they tried to reach a registered person whose whereabouts are unknown, adds the number they
 * found to the person's record, and records how the search ended; the database holds the notes
 * encrypted, the audit trail the work, and the process moves on.
 */
@ExtendWith(ArquillianExtension.class)
class LocateFormIT {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aCaseworkerRecordsAttemptsAddsTheNumberFoundAndConcludesFoundThroughIt() throws Exception {
    String marker = "l" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String newPhone = "+1303555" + String.format("%04d", Math.floorMod(marker.hashCode(), 10_000));
    String[] opened = caseOfPerson("UNKNOWN", marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      // the form is for whoever holds the task
      assertThat(caseworker.driver().getPageSource()).doesNotContain("work:locate-record");
      caseworker.claimOnTaskPage();
      assertThat(caseworker.textOf(".locate-none")).isEqualTo("No attempt recorded yet.");

      String now = caseworker.latestAttemptTime();
      String future = LocalDateTime.parse(now, INPUT).plusDays(2).format(INPUT);
      caseworker.recordAttempt("PHONE", future, "NO_ANSWER", noteMarker + " too early");
      assertThat(caseworker.textOf("#locate-when-error"))
          .isEqualTo("The attempt cannot be in the future.");
      assertThat(caseworker.textOf(".console-messages"))
          .contains("The attempt cannot be in the future.");
      assertThat(caseworker.attemptRows()).isEmpty();
      assertThat(facts(caseId, noteMarker)).containsEntry("rows", "0");
      caseworker.scrollTo("#locate-when-error");
      caseworker.checkAccessibility("locate-form-refused");

      // a note with a right-to-left override (it would show its words in another order than
      // stored) is refused next to its field, naming the rule, and nothing is recorded
      caseworker.recordAttempt("PHONE", now, "NO_ANSWER", noteMarker + " \u202Eowt gnar");
      assertThat(caseworker.textOf("#locate-note-error"))
          .startsWith("Remove the direction marks from this text");
      assertThat(caseworker.attemptRows()).isEmpty();
      assertThat(facts(caseId, noteMarker)).containsEntry("rows", "0");

      // typed with a combining accent (e + U+0301), stored and shown composed (U+00E9)
      caseworker.recordAttempt("PHONE", now, "NO_ANSWER", noteMarker + " rang twice, Jose\u0301");
      assertThat(caseworker.textOf("#locate-when-error")).isEmpty();
      assertThat(caseworker.textOf("#locate-note-error")).isEmpty();
      caseworker.recordAttempt(
          "PARTNER_ORGANISATION", now, "REACHED", noteMarker + " partner confirmed the phone");

      List<List<String>> rows = caseworker.attemptRows();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0))
          .contains(
              "Phone call",
              "No answer",
              noteMarker + " rang twice, Jos\u00E9",
              "Test " + TestStaff.CASEWORKER);
      assertThat(rows.get(1))
          .contains(
              "Partner organisation",
              "Reached the person",
              noteMarker + " partner confirmed the phone");
      caseworker.checkAccessibility("locate-form");

      // a number found on the way: refused as typed, then added to the person's record
      caseworker.addContactPoint("PHONE", "303 555 0100", "Shelter " + marker, true);
      assertThat(caseworker.textOf("#contact-value-error"))
          .startsWith("Enter a phone number as + and 7 to 15 digits");
      caseworker.addContactPoint("PHONE", newPhone, "Shelter " + marker, true);
      assertThat(caseworker.textOf("#contact-value-error")).isEmpty();
      assertThat(caseworker.textOf(".console-messages"))
          .contains("Contact point added to the person's record.");

      caseworker.scrollTo(".locate-conclusion");
      caseworker.screenshot("locate-form-conclusion");
      caseworker.concludeFound(newPhone);
      assertThat(caseworker.seesInbox()).isTrue();
    }

    // the locate process ends on the job executor after the task: wait for it (or give up, and
    // let the assertions show what the case holds)
    Map<String, String> facts = facts(caseId, noteMarker, newPhone, "+1202555");
    for (int wait = 0; wait < 60 && !"true".equals(facts.get("locateEnded")); wait++) {
      Thread.sleep(500);
      facts = facts(caseId, noteMarker, newPhone, "+1202555");
    }
    assertThat(facts)
        .containsEntry("rows", "3")
        .containsEntry("attempts", "2")
        .containsEntry("notes", "2")
        .containsEntry("sealedNotes", "2")
        .containsEntry("contacts", "1")
        .containsEntry("sealedContacts", "1")
        .containsEntry("markerStored", "false")
        .containsEntry("conclusion", "FOUND")
        .containsEntry("contactKind", "PHONE")
        .containsEntry("openLocateTasks", "0")
        .containsEntry("located", "true")
        .containsEntry("locateEnded", "true")
        .containsEntry("locateOutcome", "FOUND")
        .containsEntry("audit.RECORD_CONTACT_ATTEMPT", "3")
        .containsEntry("audit.CHANGE_PERSON", "1");
    assertThat(Integer.parseInt(facts.getOrDefault("audit.READ_CONTACT_ATTEMPTS", "0")))
        .isPositive();
  }

  @Test
  void notFoundNeedsARecordedAttemptAndSaysSoInTheCaseworkersLanguage() throws Exception {
    String marker = "n" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseOfPerson("UNKNOWN", marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser("es")) {
      caseworker.logIn(TestStaff.SPANISH_CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      caseworker.claimOnTaskPage();

      caseworker.concludeNotFound();
      assertThat(caseworker.textOf("#locate-not-found-error"))
          .isEqualTo(
              "Registre al menos un intento antes de concluir que la persona no fue encontrada.");
      assertThat(facts(caseId, noteMarker))
          .containsEntry("rows", "0")
          .containsEntry("openLocateTasks", "1");

      caseworker.recordAttempt(
          "ADDRESS_VISIT", caseworker.latestAttemptTime(), "NOT_AT_ADDRESS", noteMarker);
      assertThat(caseworker.attemptRows()).hasSize(1);
      caseworker.checkAccessibility("locate-form-es");
      caseworker.concludeNotFound();
      assertThat(caseworker.seesInbox()).isTrue();
    }

    assertThat(facts(caseId, noteMarker))
        .containsEntry("rows", "2")
        .containsEntry("attempts", "1")
        .containsEntry("sealedNotes", "1")
        .containsEntry("markerStored", "false")
        .containsEntry("conclusion", "NOT_FOUND")
        .containsEntry("openLocateTasks", "0")
        .containsEntry("located", "false")
        .containsEntry("locateOutcome", "NOT_FOUND")
        .containsEntry("audit.RECORD_CONTACT_ATTEMPT", "2");
  }

  /** A case of a fictitious person whose values carry the marker: its id and reference. */
  private static String[] caseOfPerson(String custody, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post("people?custody=" + custody + "&marker=" + marker);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** What the server holds about the case's locate work (see LocateFixtureServlet). */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("locate?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(java.net.URLEncoder.encode(marker, "UTF-8"));
    }
    HttpResponse<String> response = Fixtures.get(query.toString());
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> facts = new HashMap<>();
    for (String line : response.body().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        facts.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return facts;
  }
}
