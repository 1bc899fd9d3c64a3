package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.it.support.Inputs.setInput;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * The pages of the two supervisors' tasks that record what was decided or done, in a real headless
 * Chromium: the custody review of a detained person whose notice was delivered in custody, and the
 * urgent task raised when a removal is scheduled while the removal hold stands. Each opens from the
 * inbox with the person's summary; its form shows only to whoever holds the task; a rule broken is
 * said next to its field (in the reader's language) and stores nothing; a valid record completes
 * the task and the process goes on, with the free text sealed in the database.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyAndRemovalStopFormsIT {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSupervisorRecordsTheCustodyReviewAndTheDecisionReachesTheCase() throws Exception {
    String marker = "c" + UUID.randomUUID().toString().substring(0, 7);
    String groundsMarker = "GROUNDS" + marker;
    String[] opened = caseOfPerson("DETAINED", marker);
    String caseId = opened[0];
    String reference = opened[1];
    assertThat(Fixtures.post("custody-hold?case=" + caseId + "&to=custody-review").statusCode())
        .isEqualTo(204);

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      openTaskNamed(supervisor, reference, "Review custody");
      // the summary shows what a custody review needs: the name, the A-number, the facility
      assertThat(supervisor.heading()).isEqualTo("Review custody");
      assertThat(supervisor.textOf(".person-name"))
          .isEqualTo("Given" + marker + " Family" + marker);
      assertThat(supervisor.driver().getPageSource())
          .contains("Facility " + marker)
          .doesNotContain("work:custody-record");
      supervisor.checkAccessibility("custody-review-task");

      supervisor.claimOnTaskPage();
      WebDriver page = supervisor.driver();
      String today = page.findElement(By.id("work:custody-decided")).getAttribute("max");

      // without grounds the decision is refused beside the field, and nothing is stored
      choose(page, "custody-decision", "RELEASE_REQUESTED");
      setInput(page, "work:custody-decided", today);
      submit(page, "work:custody-record", "custody-grounds-error");
      assertThat(supervisor.textOf("#custody-grounds-error"))
          .isEqualTo("Give the grounds for the decision.");
      assertThat(supervisor.textOf(".console-messages"))
          .contains("Give the grounds for the decision.");
      assertThat(page.findElement(By.id("work:custody-grounds")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(facts(caseId))
          .containsEntry("review.rows", "0")
          .containsEntry("openReviewTasks", "1");
      supervisor.scrollTo("#custody-grounds-error");
      supervisor.checkAccessibility("custody-review-refused");

      // a decision dated in the future is refused too
      choose(page, "custody-decision", "RELEASE_REQUESTED");
      setInput(page, "work:custody-decided", LocalDate.parse(today).plusDays(3).toString());
      type(page, "work:custody-grounds", groundsMarker + " hearing pending, no risk of flight");
      submit(page, "work:custody-record", "custody-decided-error");
      assertThat(supervisor.textOf("#custody-decided-error"))
          .isEqualTo("The decision cannot be dated in the future.");
      assertThat(supervisor.textOf("#custody-grounds-error")).isEmpty();

      choose(page, "custody-decision", "RELEASE_REQUESTED");
      setInput(page, "work:custody-decided", today);
      type(page, "work:custody-grounds", groundsMarker + " hearing pending, no risk of flight");
      supervisor.scrollTo("#work\\:custody-record");
      supervisor.checkAccessibility("custody-review-form");
      page.findElement(By.id("work:custody-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(supervisor.textOf(".console-messages")).contains("Task completed.");
      supervisor.checkAccessibility("custody-review-completed");

      // the case view shows the decision and its grounds on the case's timeline
      supervisor.open("cases/case.xhtml?case=" + reference);
      assertThat(supervisor.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Custody reviewed")
                      .contains("Request release")
                      .contains(groundsMarker + " hearing pending"));

      // the release, once it happens, is recorded on the case view: not before the review's day
      supervisor.scrollTo("#release-heading");
      supervisor.screenshot("case-release-form");
      setInput(page, "release:released-on", LocalDate.parse(today).minusDays(1).toString());
      page.findElement(By.id("release:release-record")).click();
      new WebDriverWait(page, WAIT)
          .ignoring(WebDriverException.class)
          .until(d -> !supervisor.textOf("#released-on-error").isEmpty());
      assertThat(supervisor.textOf("#released-on-error"))
          .isEqualTo("The day cannot be before the custody review.");
      assertThat(facts(caseId)).doesNotContainKey("audit.RECORD_CUSTODY_RELEASE");
      setInput(page, "release:released-on", today);
      WebElement record = page.findElement(By.id("release:release-record"));
      record.click();
      new WebDriverWait(page, WAIT).until(Gone.of(record));
      assertThat(supervisor.textOf(".console-messages"))
          .contains("The release from detention is recorded.");
      assertThat(page.findElements(By.id("release:release-record"))).isEmpty();
      assertThat(supervisor.timelineEntries())
          .anySatisfy(entry -> assertThat(entry).contains("Released from detention"));
      supervisor.screenshot("case-released");

      // and counted on the dashboard, whose figure lists the case
      supervisor.openDashboardCountedSince(java.time.Instant.now());
      By released =
          By.cssSelector("#funnel a.funnel-custody-released[href*='population=DETAINED']");
      WebElement figure = page.findElement(released);
      assertThat(Long.parseLong(figure.getText())).isPositive();
      figure.click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("list-count")).isEmpty());
      assertThat(supervisor.textOf("#list-heading"))
          .isEqualTo("Detained · Released from detention");
      long listed =
          Long.parseLong(supervisor.textOf("#list-count").replaceAll(".* / ", "").strip());
      if (listed <= 50) {
        assertThat(
                page.findElements(By.cssSelector(".listed-reference")).stream()
                    .map(WebElement::getText))
            .contains(reference);
      }
    }

    Map<String, String> facts =
        awaitFacts(caseId, f -> "1".equals(f.get("custodyReviewEnded")), marker, groundsMarker);
    assertThat(facts)
        .containsEntry("review.rows", "1")
        .containsEntry("review.decision", "RELEASE_REQUESTED")
        .containsEntry("review.grounds", "sealed")
        .containsEntry("review.recorded_by", TestStaff.SUPERVISOR)
        .containsEntry("markerStored", "false")
        .containsEntry("markerInVariables", "false")
        .containsEntry("audit.RECORD_CUSTODY_REVIEW", "1")
        .containsEntry("audit.RECORD_CUSTODY_RELEASE", "1")
        .containsEntry("openReviewTasks", "0")
        .containsEntry("custodyReviewOutcomeVariable", "RELEASE_REQUESTED")
        .containsEntry("caseCustodyReviewOutcome", "RELEASE_REQUESTED")
        .containsEntry("custodyReviewEnded", "1");
    assertThat(facts.get("review.decided_on")).isNotEqualTo("null");
  }

  @Test
  void aSupervisorStopsAScheduledRemovalAfterAnAttemptThatDidNotStopIt() throws Exception {
    String marker = "r" + UUID.randomUUID().toString().substring(0, 7);
    String officerMarker = "OFFICER" + marker;
    String noteMarker = "SAID" + marker;
    String[] opened = caseOfPerson("DETAINED", marker);
    String caseId = opened[0];
    String reference = opened[1];
    assertThat(Fixtures.post("custody-hold?case=" + caseId + "&to=removal-stop").statusCode())
        .isEqualTo(204);

    try (ConsoleUser supervisor = new ConsoleUser("es")) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      openTaskNamed(supervisor, reference, "Detener la expulsión programada");
      assertThat(supervisor.heading()).isEqualTo("Detener la expulsión programada");
      assertThat(supervisor.textOf(".person-name"))
          .isEqualTo("Given" + marker + " Family" + marker);
      assertThat(supervisor.driver().getPageSource()).doesNotContain("work:stop-record");
      supervisor.checkAccessibility("removal-stop-task");

      supervisor.claimOnTaskPage();
      WebDriver page = supervisor.driver();
      String now = page.findElement(By.id("work:stop-when")).getAttribute("max");

      // not stopped, and nothing said of what was said: refused in Spanish beside the note
      type(page, "work:stop-reached", officerMarker + " ERO field office");
      choose(page, "stop-channel", "PHONE");
      setInput(page, "work:stop-when", now);
      choose(page, "stop-stopped", "NO");
      submit(page, "work:stop-record", "stop-note-error");
      assertThat(supervisor.textOf("#stop-note-error"))
          .isEqualTo("Escriba lo que se dijo: no se confirmó la detención.");
      assertThat(facts(caseId)).containsEntry("stop.rows", "0").containsEntry("openStopTasks", "1");
      supervisor.scrollTo("#stop-note-error");
      supervisor.checkAccessibility("removal-stop-refused");

      // with what was said, the attempt is kept and the task stays open on the page
      type(page, "work:stop-reached", officerMarker + " ERO field office");
      choose(page, "stop-channel", "PHONE");
      setInput(page, "work:stop-when", now);
      choose(page, "stop-stopped", "NO");
      type(page, "work:stop-note", noteMarker + " the flight list is closed, call back at noon");
      WebElement pressed = page.findElement(By.id("work:stop-record"));
      pressed.click();
      new WebDriverWait(page, WAIT).until(Gone.of(pressed));
      new WebDriverWait(page, WAIT)
          .ignoring(WebDriverException.class)
          .until(d -> !d.findElements(By.cssSelector("tr.stop-attempt")).isEmpty());
      assertThat(supervisor.textOf(".console-messages")).contains("la tarea sigue abierta");
      assertThat(supervisor.textOf("tr.stop-attempt .stop-reached"))
          .isEqualTo(officerMarker + " ERO field office");
      assertThat(supervisor.textOf("tr.stop-attempt .stop-channel")).isEqualTo("Por teléfono");
      assertThat(facts(caseId)).containsEntry("stop.rows", "1").containsEntry("openStopTasks", "1");
      supervisor.scrollTo("#work\\:stop-attempts");
      supervisor.checkAccessibility("removal-stop-attempt");

      // through counsel, confirmed: the task completes
      type(page, "work:stop-reached", officerMarker + " duty officer");
      choose(page, "stop-channel", "THROUGH_COUNSEL");
      setInput(page, "work:stop-when", LocalDateTime.parse(now, INPUT).format(INPUT));
      choose(page, "stop-stopped", "YES");
      supervisor.scrollTo("#work\\:stop-record");
      supervisor.checkAccessibility("removal-stop-form");
      page.findElement(By.id("work:stop-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(supervisor.textOf(".console-messages"))
          .contains("Tarea completada: la expulsión está detenida.");

      // both attempts are on the case's timeline, in Spanish, with who was reached
      supervisor.open("cases/case.xhtml?case=" + reference);
      assertThat(supervisor.timelineEntries())
          .filteredOn(entry -> entry.contains("Intento de detener la expulsión programada"))
          .hasSize(2)
          .anySatisfy(entry -> assertThat(entry).contains(officerMarker + " duty officer"))
          .anySatisfy(entry -> assertThat(entry).contains(noteMarker + " the flight list"));
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("removalStoppedEnded")),
            marker,
            officerMarker,
            noteMarker);
    assertThat(facts)
        .containsEntry("stop.rows", "2")
        .containsEntry("stop.stopped", "1")
        .containsEntry("stop.sealedReached", "2")
        .containsEntry("stop.notes", "1")
        .containsEntry("stop.sealedNotes", "1")
        .containsEntry("stop.channels", "PHONE,THROUGH_COUNSEL")
        .containsEntry("stop.recorded_by", TestStaff.SUPERVISOR)
        .containsEntry("markerStored", "false")
        .containsEntry("markerInVariables", "false")
        .containsEntry("audit.RECORD_REMOVAL_STOP", "2")
        .containsEntry("openStopTasks", "0")
        .containsEntry("removalStoppedEnded", "1");
    assertThat(facts.get("audit.READ_REMOVAL_STOPS")).isNotNull();
  }

  /**
   * Reloads the inbox narrowed to the case until a task of the case with that name is listed, and
   * opens its page from the row.
   */
  private static void openTaskNamed(ConsoleUser user, String reference, String taskName) {
    Eventually.await(
        "the task " + taskName + " of case " + reference + " in the inbox",
        () -> {
          user.open("inbox.xhtml?case=" + reference);
          return rowNamed(user.driver(), reference, taskName) != null;
        });
    rowNamed(user.driver(), reference, taskName).findElement(By.cssSelector("a.task-case")).click();
    new WebDriverWait(user.driver(), WAIT)
        .until(d -> !d.findElements(By.id("task-about")).isEmpty());
  }

  private static WebElement rowNamed(WebDriver page, String reference, String taskName) {
    return page.findElements(By.cssSelector("#inbox\\:tasks tbody tr")).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".task-case")).stream()
                        .anyMatch(c -> reference.equals(c.getText()))
                    && row.findElements(By.cssSelector(".task-name")).stream()
                        .anyMatch(n -> taskName.equals(n.getText())))
        .findFirst()
        .orElse(null);
  }

  /** Picks the radio button of the field with the value. */
  private static void choose(WebDriver page, String field, String value) {
    page.findElement(By.cssSelector("input[name='work:" + field + "'][value='" + value + "']"))
        .click();
  }

  private static void type(WebDriver page, String id, String text) {
    WebElement field = page.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Presses the button and waits until the page shows again with a message at the field. */
  private static void submit(WebDriver page, String button, String errorId) {
    WebElement pressed = page.findElement(By.id(button));
    pressed.click();
    new WebDriverWait(page, WAIT).until(Gone.of(pressed));
    new WebDriverWait(page, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !d.findElements(By.id(errorId)).isEmpty()
                    && !d.findElement(By.id(errorId)).getText().isBlank());
  }

  /** A case of a fictitious person whose values carry the marker: its id and reference. */
  private static String[] caseOfPerson(String custody, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post("people?custody=" + custody + "&marker=" + marker);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** The facts once {@code done} holds, or after a minute what they are then. */
  private static Map<String, String> awaitFacts(
      String caseId, Predicate<Map<String, String>> done, String... markers) throws Exception {
    Map<String, String> facts = facts(caseId, markers);
    for (int wait = 0; wait < 120 && !done.test(facts); wait++) {
      Thread.sleep(500);
      facts = facts(caseId, markers);
    }
    return facts;
  }

  /**
   * What the server holds about the case's review and removal stops (CustodyHoldFixtureServlet).
   */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("/outreach-it-fixtures/custody-hold?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(query.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
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
