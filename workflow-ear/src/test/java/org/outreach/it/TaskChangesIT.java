package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * A supervisor changes open tasks from the inbox in Chromium on the real server: three hand
 * deliveries at one facility; nothing ticked is said; two ticked are refused to a member of another
 * team (nothing changes) and given to a member of the detention team; every task of the filter is
 * made due three days on (a time passed is refused beside its field), then released to the team.
 * Each change is on the case's timeline with the supervisor's name and on the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class TaskChangesIT {

  /** What the inbox shows as the holder of a task nobody holds. */
  private static final String NOBODY = "—";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSupervisorGivesReschedulesAndReleasesTasks() throws Exception {
    String marker = "chg" + UUID.randomUUID().toString().substring(0, 7);
    String facility = "Facility Change " + marker;
    List<String[]> cases = people(marker, facility);
    Eventually.await(
        "the hand deliveries of the 3 people",
        Duration.ofMinutes(3),
        () -> handDeliveriesOf(cases) == 3 ? true : null);

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.open("inbox.xhtml");
      WebDriver page = supervisor.driver();
      page.findElement(By.id("inbox:facility")).sendKeys(facility);
      press(page, "inbox:apply");
      assertThat(page.findElement(By.id("task-count")).getText()).isEqualTo("3 tasks match.");

      // nothing ticked: said, nothing changed
      new Select(page.findElement(By.id("inbox:give-to")))
          .selectByValue(TestStaff.OTHER_TEAM_CASEWORKER);
      press(page, "inbox:give");
      assertThat(supervisor.textOf("#inbox\\:messages"))
          .isEqualTo("Tick at least one task, or choose every task of the filter.");

      // two ticked, offered to a member of another team: refused beside the field
      tick(page, 2);
      new Select(page.findElement(By.id("inbox:give-to"))).selectByValue(TestStaff.CASEWORKER);
      press(page, "inbox:give");
      assertThat(supervisor.textOf("#inbox\\:give-to-error"))
          .isEqualTo("Choose a member of the team of every task chosen.");
      assertThat(holders(page)).containsOnly(NOBODY);

      tick(page, 2);
      new Select(page.findElement(By.id("inbox:give-to")))
          .selectByValue(TestStaff.OTHER_TEAM_CASEWORKER);
      press(page, "inbox:give");
      assertThat(supervisor.textOf("#inbox\\:messages"))
          .isEqualTo("2 of 2 tasks given to the member chosen.");
      assertThat(holders(page))
          .containsExactlyInAnyOrder(
              "Test " + TestStaff.OTHER_TEAM_CASEWORKER,
              "Test " + TestStaff.OTHER_TEAM_CASEWORKER,
              NOBODY);
      supervisor.checkAccessibility("inbox-task-changes");

      // every task of the filter: a time passed is refused, three days on is taken
      page.findElement(By.id("inbox:every")).click();
      setDateTime(page, "inbox:due-at", LocalDateTime.now().minusHours(2));
      press(page, "inbox:set-due");
      assertThat(supervisor.textOf("#inbox\\:due-at-error"))
          .isEqualTo("The new due time must be later than now.");
      // the choice of every task stays after a refusal
      assertThat(page.findElement(By.id("inbox:every")).isSelected()).isTrue();
      setDateTime(page, "inbox:due-at", LocalDateTime.now().plusDays(3));
      press(page, "inbox:set-due");
      assertThat(supervisor.textOf("#inbox\\:messages"))
          .isEqualTo("3 of 3 tasks now due at the new time.");

      page.findElement(By.id("inbox:every")).click();
      press(page, "inbox:release");
      assertThat(supervisor.textOf("#inbox\\:messages"))
          .isEqualTo("2 of 3 tasks released to their team.");
      assertThat(holders(page)).containsOnly(NOBODY);
      supervisor.screenshot("inbox-task-changes-done");

      // on the timeline of a case whose task was given, rescheduled and released
      String given = cases.get(0)[1];
      supervisor.findCase(given, "SUPERVISION");
      List<String> timeline = supervisor.timelineEntries();
      String entries = String.join("\n", timeline);
      assertThat(entries).contains("Task made due at another time").contains(TestStaff.SUPERVISOR);
      supervisor.screenshot("case-view-task-changes");
    }

    // on the audit trail, each change with the supervisor's name
    Map<String, Long> audited = new HashMap<>();
    for (String[] theCase : cases) {
      auditOf(theCase[0]).forEach((action, count) -> audited.merge(action, count, Long::sum));
    }
    assertThat(audited)
        .containsEntry("audit.REASSIGN_TASK", 2L)
        .containsEntry("audit.CHANGE_TASK_DUE", 3L)
        .containsEntry("audit.RELEASE_TASK", 2L);
  }

  /** Ticks the first {@code count} rows' boxes. */
  private static void tick(WebDriver page, int count) {
    List<WebElement> boxes = page.findElements(By.cssSelector("input.task-pick"));
    for (int i = 0; i < count; i++) {
      boxes.get(i).click();
    }
  }

  /** The rows' holders as shown. */
  private static List<String> holders(WebDriver page) {
    return page.findElements(By.cssSelector("#inbox\\:tasks .task-assignee")).stream()
        .map(holder -> holder.getText().strip())
        .toList();
  }

  private static void press(WebDriver page, String id) {
    WebElement button = page.findElement(By.id(id));
    button.click();
    Eventually.await("the inbox again", () -> Gone.is(button) ? true : null);
    Eventually.await(
        "the inbox again", () -> page.findElements(By.id("task-count")).isEmpty() ? null : true);
  }

  private static void setDateTime(WebDriver driver, String id, LocalDateTime moment) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            moment.withSecond(0).withNano(0).toString().substring(0, 16));
  }

  /** Registers three detained people at the facility; each line {@code <case id> <reference>}. */
  private static List<String[]> people(String marker, String facility)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post(
            "people?custody=DETAINED&marker="
                + marker
                + "&count=3&facility="
                + URLEncoder.encode(facility, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return Arrays.stream(response.body().split("\n"))
        .filter(line -> !line.isBlank())
        .map(line -> line.strip().split(" "))
        .toList();
  }

  private static long handDeliveriesOf(List<String[]> cases) {
    StringBuilder path =
        new StringBuilder("/outreach-it-fixtures/work-items?task=Task_HandDeliverNotice");
    cases.forEach(c -> path.append("&case=").append(c[0]));
    return Long.parseLong(get(path.toString()).strip());
  }

  private static Map<String, Long> auditOf(String caseId) {
    Map<String, Long> facts = new HashMap<>();
    for (String line :
        get("/outreach-it-fixtures/locate?case=" + caseId + "&marker=-").split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0 && line.startsWith("audit.") && line.indexOf('.', 6) < 0) {
        facts.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1).strip()));
      }
    }
    return facts;
  }

  private static String get(String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
