package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.PeopleFixtureServlet;
import org.outreach.it.support.TestStaff;

/**
 * The case view in a real headless Chromium: a locate caseworker records an attempt and opens the
 * case from the task page, where the timeline shows the attempt with its note and who recorded it;
 * the case is found again by its reference typed loosely; a caseworker of another team gets "not
 * found" for the same case, by address and by search; a supervisor finds it by the person's
 * A-number for an oversight request, without the A-number ever reaching an address. Every opening
 * is audited with the purpose stated.
 */
@ExtendWith(ArquillianExtension.class)
class CaseViewIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void theCaseShowsWhatWasRecordedToItsTeamAndToSupervisorsOnly() throws Exception {
    String marker = "v" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseOfPerson("UNKNOWN", marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      caseworker.claimOnTaskPage();
      caseworker.recordAttempt(
          "PHONE", caseworker.latestAttemptTime(), "NO_ANSWER", noteMarker + " rang twice");
      assertThat(caseworker.attemptRows()).hasSize(1);

      caseworker.openCaseFromTaskPage();
      assertThat(caseworker.textOf("#case-heading")).isEqualTo("Case " + reference);
      assertThat(caseworker.textOf(".case-status")).isEqualTo("In outreach");
      List<String> timeline = caseworker.timelineEntries();
      assertThat(timeline)
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Tried to reach the person")
                      .contains("Phone call")
                      .contains("No answer")
                      .contains(noteMarker + " rang twice")
                      .contains("Test " + TestStaff.CASEWORKER));
      assertThat(caseworker.textOf(".open-tasks-table"))
          .contains("Locate the person")
          .contains("Test " + TestStaff.CASEWORKER);
      // the person as a caseworker may see them: names, no A-number, no risk note
      assertThat(caseworker.textOf(".person-summary, section[aria-labelledby='person-heading']"))
          .contains("Family" + marker);
      assertThat(caseworker.driver().getPageSource())
          .doesNotContain(PeopleFixtureServlet.aNumberOf(marker));
      assertThat(caseworker.driver().getCurrentUrl()).doesNotContain(marker);
      // the case's running processes are drawn, the locate task's step marked, bpmn.io's mark kept
      assertThat(caseworker.diagramsDrawn())
          .contains("Outreach to the person", "Locating the person");
      assertThat(caseworker.markedSteps()).contains("Task_LocatePerson");
      assertThat(caseworker.driver().findElements(By.cssSelector(".bjs-powered-by"))).isNotEmpty();
      caseworker.scrollTo(".case-diagrams");
      caseworker.screenshot("case-view-diagram");
      caseworker.checkAccessibility("case-view");

      // a reply from the person: a time in the future is refused beside its field, nothing stored
      caseworker.recordReply("PHONE", "2099-01-01T10:00", true, noteMarker + " called back");
      assertThat(caseworker.textOf("#reply-when-error"))
          .isEqualTo("The reply cannot be in the future.");
      assertThat(facts(caseId, noteMarker)).containsEntry("replies", "0");
      caseworker.recordReply(
          "PHONE", caseworker.latestReplyTime(), true, noteMarker + " called back");
      assertThat(caseworker.textOf(".console-messages"))
          .contains("No step of the case was waiting for an acknowledgment");
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Reply from the person")
                      .contains("By phone")
                      .contains(noteMarker + " called back")
                      .contains("Test " + TestStaff.CASEWORKER));
      caseworker.checkAccessibility("case-view-reply");
      // proof of notice is for supervisors and administrators
      assertThat(caseworker.driver().findElements(By.id("notice-evidence"))).isEmpty();
      caseworker.scrollTo(".case-timeline");
      caseworker.screenshot("case-view-timeline");

      // found again by the reference typed loosely
      String loose = reference.substring(3).replace("-", " ").toLowerCase();
      caseworker.findCase(loose, "CASEWORK");
      assertThat(caseworker.textOf("#case-heading")).isEqualTo("Case " + reference);

      // a text that is neither a reference nor an A-number is refused next to the field
      caseworker.findCase("who knows?", "CASEWORK");
      assertThat(caseworker.textOf("#find\\:search-error"))
          .isEqualTo(
              "This is neither a case reference (OC-XXXX-XXXX) nor an A-number (8 or 9 digits).");
      caseworker.checkAccessibility("case-search-error");
    }

    try (ConsoleUser outsider = new ConsoleUser()) {
      outsider.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
      outsider.open("cases/case.xhtml?case=" + reference);
      assertThat(outsider.seesNotFound()).isTrue();
      outsider.open("inbox.xhtml");
      outsider.findCase(reference, "CASEWORK");
      assertThat(outsider.textOf("#find\\:search-error"))
          .isEqualTo("No case you may open matches.");
      assertThat(outsider.driver().getPageSource()).doesNotContain("Family" + marker);
    }

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      String aNumber = PeopleFixtureServlet.aNumberOf(marker);
      supervisor.findCase("A " + aNumber, "OVERSIGHT_REQUEST");
      assertThat(supervisor.textOf("#case-heading")).isEqualTo("Case " + reference);
      assertThat(supervisor.driver().getCurrentUrl())
          .contains("purpose=OVERSIGHT_REQUEST")
          .doesNotContain(aNumber);
      // supervisors see the whole record, the A-number included
      assertThat(supervisor.driver().getPageSource()).contains(aNumber);
      supervisor.screenshot("case-view-supervisor");
      // and are offered the case's proof of notice, for the purpose they stated
      assertThat(supervisor.driver().findElement(By.id("notice-evidence")).getAttribute("href"))
          .endsWith(
              "/outreach/api/cases/"
                  + caseId
                  + "/notice-evidence/bundle.zip?purpose=OVERSIGHT_REQUEST");
      supervisor.scrollTo(".case-evidence");
      supervisor.screenshot("case-view-evidence");
      supervisor.checkAccessibility("case-view-supervisor");
    }

    Map<String, String> facts = facts(caseId, noteMarker);
    assertThat(facts)
        .containsEntry("replies", "1")
        .containsEntry("replyChannel", "PHONE")
        .containsEntry("replyAcknowledges", "true")
        .containsEntry("replyReachedProcess", "false")
        .containsEntry("sealedReplyNotes", "1")
        .containsEntry("replyMarkerStored", "false")
        .containsEntry("audit.RECORD_INCOMING_REPLY.CASEWORK", "1")
        .containsEntry("audit.READ_CASE_TIMELINE.CASEWORK", "3")
        .containsEntry("audit.READ_CASE_TIMELINE.OVERSIGHT_REQUEST", "1")
        .containsEntry("audit.READ_PERSON.OVERSIGHT_REQUEST", "1")
        .containsEntry("personAudit.SEARCH_PERSON.OVERSIGHT_REQUEST", "1")
        .doesNotContainKey("audit.READ_CASE_TIMELINE.SUPERVISION");
  }

  /** A case of a fictitious person whose values carry the marker: its id and reference. */
  @Test
  void aNoticeRefusedBecauseItsAddressReachesAConsulateIsOnTheCasesTimeline() throws Exception {
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
    String marker = "c" + UUID.randomUUID().toString().substring(0, 7);
    String reference = caseOfPerson("REMOVED", marker, "consulate")[1];

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.findCase(reference, "SUPERVISION");
      assertThat(supervisor.textOf("#case-heading")).isEqualTo("Case " + reference);
      // the process writes the email, the outbox refuses it within a round or two
      Eventually.await(
          "the refused notice on the timeline",
          Duration.ofSeconds(60),
          () -> {
            supervisor.findCase(reference, "SUPERVISION");
            return supervisor.timelineEntries().stream()
                .anyMatch(entry -> entry.contains("Notice not sent"));
          });
      assertThat(supervisor.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Notice not sent: its address reaches a government or a consulate")
                      .contains("Email")
                      .contains("A consulate or an embassy"))
          .anySatisfy(entry -> assertThat(entry).contains("REFUSED_CONSULATE"));
      supervisor.scrollTo(".case-timeline");
      supervisor.screenshot("case-view-refused-notice");
      supervisor.checkAccessibility("case-view-refused-notice");
    }
  }

  private static String[] caseOfPerson(String custody, String marker)
      throws IOException, InterruptedException {
    return caseOfPerson(custody, marker, "");
  }

  private static String[] caseOfPerson(String custody, String marker, String reach)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post(
            "people?custody="
                + custody
                + "&marker="
                + marker
                + (reach.isEmpty() ? "" : "&reach=" + reach));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** What the server holds about the case's locate work and audit (see LocateFixtureServlet). */
  private static Map<String, String> facts(String caseId, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.get(
            "locate?case="
                + caseId
                + "&marker="
                + URLEncoder.encode(marker, StandardCharsets.UTF_8));
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
