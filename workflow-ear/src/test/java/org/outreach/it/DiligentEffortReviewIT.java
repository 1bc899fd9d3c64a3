package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.TestStaff;

/**
 * The review of the diligent effort in a real headless Chromium: a caseworker's search for a
 * registered person ends "not found", the attempts reach the threshold, and a supervisor reads
 * every attempt of the case on the review task's page and decides, with a reason, to close the case
 * as unreachable or to continue the search; the database holds the reason encrypted, the audit
 * trail the reading and the decision, and the process moves on.
 */
@ExtendWith(ArquillianExtension.class)
class DiligentEffortReviewIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSupervisorReadsEveryAttemptAndClosesTheCaseAsUnreachableGivingAReason() throws Exception {
    String marker = "r" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String reasonMarker = "REASONMARK" + marker;
    String[] opened = caseOfPerson(marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      caseworker.claimOnTaskPage();
      String now = caseworker.latestAttemptTime();
      caseworker.recordAttempt("PHONE", now, "NO_ANSWER", noteMarker + " rang twice");
      caseworker.recordAttempt(
          "PARTNER_ORGANISATION", now, "NO_REPLY", noteMarker + " asked the shelter");
      caseworker.concludeNotFound();
      assertThat(caseworker.seesInbox()).isTrue();
    }
    reviewOpens(caseId);

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.openDashboardCountedSince(java.time.Instant.now());
      // the dashboard, where the supervisor lands, counts the case among what must not wait and
      // lists it among the first 20
      long unreachable = Long.parseLong(supervisor.textOf("#unreachable-count"));
      assertThat(unreachable).isPositive();
      if (unreachable <= 20) {
        assertThat(
                supervisor
                    .driver()
                    .findElements(By.cssSelector("ul[aria-labelledby='unreachable-heading'] a"))
                    .stream()
                    .map(WebElement::getText))
            .contains(reference);
      }
      supervisor.awaitTaskOf(reference);
      supervisor.openTaskOf(reference);
      // the form is for whoever holds the task
      assertThat(supervisor.driver().getPageSource()).doesNotContain("work:review-record");
      supervisor.claimOnTaskPage();

      assertThat(supervisor.textOf(".review-count")).isEqualTo("Attempts recorded: 2");
      List<List<String>> rows = supervisor.attemptRows();
      // who recorded each, by the display name the test staff were given
      String recorder = "Test " + TestStaff.CASEWORKER;
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0))
          .contains("Phone call", "No answer", noteMarker + " rang twice", recorder);
      assertThat(rows.get(1))
          .contains(
              "Partner organisation", "No reply yet", noteMarker + " asked the shelter", recorder);
      assertThat(rows.get(2)).contains("Not found", recorder);
      supervisor.scrollTo("#review-attempts-heading");
      supervisor.checkAccessibility("diligent-effort-review");

      // closing as unreachable without a reason is refused next to the field, nothing written
      supervisor.decideReview("UNREACHABLE", "   ");
      assertThat(supervisor.textOf("#review-reason-error"))
          .isEqualTo("Give the reason for your decision.");
      assertThat(supervisor.textOf(".console-messages"))
          .contains("Give the reason for your decision.");
      assertThat(
              supervisor
                  .driver()
                  .findElement(org.openqa.selenium.By.id("work:review-reason"))
                  .getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(facts(caseId, reasonMarker))
          .containsEntry("rows", "0")
          .containsEntry("openReviewTasks", "1");
      assertThat(supervisor.attemptRows()).hasSize(3);
      supervisor.scrollTo("#review-reason-error");
      supervisor.checkAccessibility("diligent-effort-review-refused");

      assertThat(supervisor.seesTaskOf(reference)).isTrue();
      assertThat(supervisor.assigneeShownFor(reference)).isEqualTo("you");
      supervisor.openTaskOf(reference);

      supervisor.decideReview(
          "UNREACHABLE", reasonMarker + " five weeks, phone, shelter and counsel tried");
      assertThat(supervisor.seesInbox()).isTrue();
      assertThat(supervisor.textOf(".console-messages")).contains("Task completed.");
      assertThat(supervisor.seesTaskOf(reference)).isFalse();
    }

    Map<String, String> facts = facts(caseId, reasonMarker, noteMarker);
    assertThat(facts)
        .containsEntry("rows", "1")
        .containsEntry("decision", "UNREACHABLE")
        .containsEntry("sealedReasons", "1")
        .containsEntry("markerStored", "false")
        .containsEntry("attemptsReviewed", "2")
        .containsEntry("reviewedBy", TestStaff.SUPERVISOR)
        .containsEntry("openReviewTasks", "0")
        .containsEntry("openLocateTasks", "0")
        .containsEntry("decisionVariable", "UNREACHABLE")
        .containsEntry("locateEndedAt", "EndEvent_Unreachable")
        .containsEntry("audit.RECORD_DILIGENT_EFFORT_REVIEW", "1")
        .containsEntry("audit.RECORD_DILIGENT_EFFORT_REVIEW.SUPERVISION", "1");
    assertThat(Integer.parseInt(facts.getOrDefault("audit.READ_CONTACT_ATTEMPTS.SUPERVISION", "0")))
        .as("the supervisor's reading of the attempts is audited as supervision")
        .isPositive();
  }

  @Test
  void aSupervisorContinuesTheSearchAndIsToldInTheirLanguageWhatIsMissing() throws Exception {
    String marker = "c" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String reasonMarker = "REASONMARK" + marker;
    String[] opened = caseOfPerson(marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      caseworker.claimOnTaskPage();
      caseworker.recordAttempt(
          "ADDRESS_VISIT", caseworker.latestAttemptTime(), "NOT_AT_ADDRESS", noteMarker);
      caseworker.concludeNotFound();
      assertThat(caseworker.seesInbox()).isTrue();
    }
    reviewOpens(caseId);

    try (ConsoleUser supervisor = new ConsoleUser("es")) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.awaitTaskOf(reference);
      supervisor.openTaskOf(reference);
      supervisor.claimOnTaskPage();
      assertThat(supervisor.attemptRows())
          .first()
          .satisfies(row -> assertThat(row).contains("Visita a la dirección", noteMarker));

      supervisor.decideReview(null, reasonMarker + " a new address from the shelter");
      assertThat(supervisor.textOf("#review-decision-error"))
          .isEqualTo("Elija si continuar la búsqueda o cerrar el caso como inalcanzable.");
      assertThat(facts(caseId, reasonMarker)).containsEntry("rows", "0");
      supervisor.scrollTo("#review-decision-error");
      supervisor.checkAccessibility("diligent-effort-review-es");

      supervisor.decideReview("CONTINUE_SEARCH", reasonMarker + " a new address from the shelter");
      assertThat(supervisor.seesInbox()).isTrue();
    }

    assertThat(facts(caseId, reasonMarker, noteMarker))
        .containsEntry("rows", "1")
        .containsEntry("decision", "CONTINUE_SEARCH")
        .containsEntry("sealedReasons", "1")
        .containsEntry("markerStored", "false")
        .containsEntry("attemptsReviewed", "1")
        .containsEntry("openReviewTasks", "0")
        .containsEntry("openLocateTasks", "1")
        .containsEntry("decisionVariable", "CONTINUE_SEARCH")
        .doesNotContainKey("locateEndedAt")
        .containsEntry("audit.RECORD_DILIGENT_EFFORT_REVIEW", "1");
  }

  /** A case of a fictitious person with whereabouts unknown: its id and reference. */
  private static String[] caseOfPerson(String marker) throws IOException, InterruptedException {
    HttpResponse<String> response = Fixtures.post("people?custody=UNKNOWN&marker=" + marker);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** The wait before the next attempt passes and the attempts reach the threshold. */
  private static void reviewOpens(String caseId) throws IOException, InterruptedException {
    HttpResponse<String> response = Fixtures.post("review?case=" + caseId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** What the server holds about the case's reviews (see ReviewFixtureServlet). */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("review?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
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
