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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * Worklists in a real headless Chromium: a detention caseworker narrows the inbox to the people
 * held at one facility for a visit, pages through them, sees the columns a hand delivery needs,
 * saves the filter and opens it again from the list of saved worklists; every person listed is in
 * the audit trail. Two caseworkers press Claim on the same task, and the second is told who has it.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistIT {

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
  void aDetentionCaseworkerNarrowsToOneFacilityPagesThroughItAndSavesIt() throws Exception {
    String marker = "w" + UUID.randomUUID().toString().substring(0, 7);
    String facility = "Facility Visit " + marker;
    List<String[]> visit = people("DETAINED", marker, 51, facility);
    List<String[]> elsewhere = people("DETAINED", marker + "x", 1, "Facility Elsewhere " + marker);
    // the job executor works each case to its hand delivery
    Eventually.await(
        "the hand deliveries of the 52 people",
        () -> handDeliveriesOf(visit) + handDeliveriesOf(elsewhere) == 52);

    try (ConsoleUser detention = new ConsoleUser()) {
      detention.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
      WebDriver page = detention.driver();
      // typed as anyone would: case and spacing do not count
      String typed = "  facility   VISIT " + marker.toUpperCase(java.util.Locale.ROOT);
      detention.open("inbox.xhtml");
      filterBy(page, typed, "Task_HandDeliverNotice");
      assertThat(countShown(page)).isEqualTo("51 tasks match.");
      List<WebElement> firstPage = rows(page);
      assertThat(firstPage).hasSize(50);
      // the columns a hand delivery needs: name, A-number, facility, language
      WebElement first = firstPage.get(0);
      assertThat(first.findElement(By.cssSelector(".task-person")).getText())
          .startsWith("Given" + marker + "-");
      assertThat(first.findElement(By.cssSelector(".task-facility")).getText()).isEqualTo(facility);
      assertThat(first.findElement(By.cssSelector(".task-a-number")).getText())
          .matches("A?[0-9 -]{9,11}");
      assertThat(first.getText()).contains("Spanish").contains("Detained");
      detention.screenshot("worklist-facility");
      detention.checkAccessibility("worklist-facility");

      // the second page holds the last one
      String firstReference = first.findElement(By.cssSelector(".task-case")).getText();
      page.findElement(By.id("inbox:tasks-next")).click();
      new WebDriverWait(page, WAIT)
          .ignoring(WebDriverException.class)
          .until(d -> rows(d).size() == 1);
      assertThat(rows(page).get(0).findElement(By.cssSelector(".task-case")).getText())
          .isNotEqualTo(firstReference);

      // every person shown on a page was recorded as listed to the reader
      String listedCase = caseIdOf(visit, firstReference);
      assertThat(auditOf(listedCase)).containsKey("audit.LIST_PERSON");

      // a name is needed, and two worklists of one person cannot share one
      save(page, "   ");
      assertThat(errorOf(page, "saved-name-error"))
          .isEqualTo("Give the worklist a name (one line of text).");
      String name = "Visit " + marker;
      save(page, name);
      new WebDriverWait(page, WAIT)
          .ignoring(WebDriverException.class)
          .until(d -> d.getPageSource().contains("Worklist saved."));
      save(page, name);
      assertThat(errorOf(page, "saved-name-error"))
          .isEqualTo("You already have a worklist with that name.");

      // opened again from its link, with its count, the filter is as it was saved
      detention.open("inbox.xhtml");
      WebElement link =
          page.findElements(By.cssSelector(".saved-worklist")).stream()
              .filter(a -> a.getText().startsWith(name))
              .findFirst()
              .orElseThrow();
      assertThat(link.getText()).isEqualTo(name + " (51)");
      link.click();
      new WebDriverWait(page, WAIT)
          .ignoring(WebDriverException.class)
          .until(d -> countShown(d).equals("51 tasks match."));
      assertThat(page.findElement(By.id("inbox:facility")).getAttribute("value"))
          .isEqualTo(typed.strip());
      detention.screenshot("worklist-saved");

      // narrowed further to overdue tasks: these were created a moment ago
      page.findElement(By.id("inbox:overdue")).click();
      apply(page);
      assertThat(countShown(page)).isEqualTo("No tasks match.");

      // renamed and narrowed in place: the list shows it under its new name with its new count
      String renamed = "Overdue " + marker;
      nameAndPress(page, renamed, "inbox:update-saved");
      assertThat(detention.textOf(".message-info")).isEqualTo("Worklist changed.");
      assertThat(page.findElements(By.cssSelector(".saved-worklist")))
          .extracting(WebElement::getText)
          .contains(renamed + " (0)")
          .noneMatch(text -> text.startsWith(name));

      // the worklist opened can be deleted, and is gone from the list
      WebElement delete = page.findElement(By.id("inbox:delete-saved"));
      delete.click();
      new WebDriverWait(page, WAIT).until(d -> Gone.is(delete));
      assertThat(detention.textOf(".message-info")).isEqualTo("Worklist deleted.");
      assertThat(page.findElements(By.cssSelector(".saved-worklist")))
          .noneMatch(a -> a.getText().startsWith(name) || a.getText().startsWith(renamed));
    }

    try (ConsoleUser locate = new ConsoleUser()) {
      // another caseworker has none of it
      locate.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      WebDriver page = locate.driver();
      locate.open("inbox.xhtml");
      assertThat(page.findElements(By.cssSelector(".saved-worklist")))
          .noneMatch(a -> a.getText().startsWith("Visit " + marker));
      filterBy(page, facility, null);
      assertThat(countShown(page)).isEqualTo("No tasks match.");
    }

    try (ConsoleUser supervisor = new ConsoleUser()) {
      // a supervisor gives every task of the facility, 51 of them, to the detention caseworker
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      WebDriver page = supervisor.driver();
      supervisor.open("inbox.xhtml");
      filterBy(page, facility, null);
      assertThat(countShown(page)).isEqualTo("51 tasks match.");
      page.findElement(By.id("inbox:every")).click();
      new Select(page.findElement(By.id("inbox:give-to")))
          .selectByValue(TestStaff.OTHER_TEAM_CASEWORKER);
      WebElement give = page.findElement(By.id("inbox:give"));
      give.click();
      new WebDriverWait(page, WAIT).until(d -> Gone.is(give));
      assertThat(supervisor.textOf(".message-info"))
          .isEqualTo("51 of 51 tasks given to the member chosen.");
      assertThat(page.findElements(By.cssSelector("#inbox\\:tasks .task-assignee")))
          .hasSize(50)
          .extracting(WebElement::getText)
          .containsOnly("Test " + TestStaff.OTHER_TEAM_CASEWORKER);
    }
  }

  @Test
  void twoCaseworkersPressClaimOnTheSameTaskAndTheSecondIsToldWhoHasIt() throws Exception {
    String marker = "r" + UUID.randomUUID().toString().substring(0, 7);
    String reference = people("UNKNOWN", marker, 1, null).get(0)[1];
    try (ConsoleUser carmen = new ConsoleUser();
        ConsoleUser lucia = new ConsoleUser("es")) {
      carmen.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      lucia.logIn(TestStaff.SPANISH_CASEWORKER, TestStaff.PASSWORD);
      carmen.awaitTaskOf(reference);
      lucia.awaitTaskOf(reference);

      carmen.claim(reference);
      String told = lucia.claimTakenBySomeoneElse(reference);

      // Lucia works in Spanish
      assertThat(told)
          .isEqualTo("Test " + TestStaff.CASEWORKER + " tomó esta tarea hace un momento.");
      // the row is refreshed: the task is no longer there to claim
      assertThat(lucia.driver().findElements(By.cssSelector("#inbox\\:tasks .task-case")))
          .noneMatch(c -> reference.equals(c.getText()));
      lucia.screenshot("worklist-claim-race-es");
    }
  }

  @Test
  void aSupervisorGivesATaskToANamedMemberOfItsTeam() throws Exception {
    String marker = "g" + UUID.randomUUID().toString().substring(0, 7);
    String reference = people("UNKNOWN", marker, 1, null).get(0)[1];
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.awaitTaskOf(reference);
      supervisor.openTaskOf(reference);
      WebDriver page = supervisor.driver();
      // only members of the locate team are offered
      List<String> offered =
          new Select(page.findElement(By.id("work:give-to")))
              .getOptions().stream().map(o -> o.getAttribute("value")).toList();
      assertThat(offered).contains(TestStaff.CASEWORKER, TestStaff.SPANISH_CASEWORKER);
      assertThat(offered).doesNotContain(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.SUPERVISOR);

      new Select(page.findElement(By.id("work:give-to")))
          .selectByValue(TestStaff.SPANISH_CASEWORKER);
      WebElement give = page.findElement(By.id("work:give"));
      give.click();
      new WebDriverWait(page, WAIT).until(d -> Gone.is(give));
      assertThat(supervisor.textOf(".message-info"))
          .isEqualTo("The task was given to the member chosen.");
      supervisor.screenshot("task-given");
    }
    try (ConsoleUser lucia = new ConsoleUser("es")) {
      lucia.logIn(TestStaff.SPANISH_CASEWORKER, TestStaff.PASSWORD);
      WebDriver page = lucia.driver();
      lucia.open("inbox.xhtml?case=" + reference);
      page.findElement(By.id("inbox:mine")).click();
      apply(page);
      assertThat(lucia.assigneeShownFor(reference)).isEqualTo("usted");
    }
  }

  private static void filterBy(WebDriver page, String facility, String taskKey) {
    WebElement field = page.findElement(By.id("inbox:facility"));
    field.clear();
    field.sendKeys(facility);
    if (taskKey != null) {
      new Select(page.findElement(By.id("inbox:filter-taskKey"))).selectByValue(taskKey);
    }
    apply(page);
  }

  private static void apply(WebDriver page) {
    WebElement count = page.findElement(By.id("task-count"));
    page.findElement(By.id("inbox:apply")).click();
    new WebDriverWait(page, WAIT).until(d -> Gone.is(count));
  }

  private static void save(WebDriver page, String name) {
    nameAndPress(page, name, "inbox:save");
  }

  /** Types the worklist's name and presses the button; waits for the re-rendered count. */
  private static void nameAndPress(WebDriver page, String name, String buttonId) {
    WebElement field = page.findElement(By.id("inbox:saved-name"));
    field.clear();
    field.sendKeys(name);
    WebElement count = page.findElement(By.id("task-count"));
    page.findElement(By.id(buttonId)).click();
    new WebDriverWait(page, WAIT).until(d -> Gone.is(count));
  }

  private static String countShown(WebDriver page) {
    return page.findElement(By.id("task-count")).getText().strip();
  }

  private static String errorOf(WebDriver page, String id) {
    return new WebDriverWait(page, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.id("inbox:" + id)).stream()
                    .map(WebElement::getText)
                    .filter(text -> !text.isBlank())
                    .findFirst()
                    .orElse(null));
  }

  private static List<WebElement> rows(WebDriver page) {
    return page.findElements(By.cssSelector("#inbox\\:tasks tbody tr")).stream()
        .filter(row -> !row.findElements(By.cssSelector(".task-case")).isEmpty())
        .toList();
  }

  /** Registers people and opens their cases; each line is {@code <case id> <reference>}. */
  private static List<String[]> people(String custody, String marker, int count, String facility)
      throws IOException, InterruptedException {
    String path = "people?custody=" + custody + "&marker=" + marker + "&count=" + count;
    if (facility != null) {
      path += "&facility=" + URLEncoder.encode(facility, StandardCharsets.UTF_8);
    }
    HttpResponse<String> response = Fixtures.post(path);
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
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(path.toString()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return Long.parseLong(response.body().strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String caseIdOf(List<String[]> cases, String reference) {
    return cases.stream()
        .filter(c -> c[1].equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Not a case of the visit: " + reference))[0];
  }

  private static Map<String, String> auditOf(String caseId)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(ItSettings.baseUrl())
                            .resolve("/outreach-it-fixtures/locate?case=" + caseId + "&marker=-"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> facts = new HashMap<>();
    for (String line : response.body().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        facts.put(line.substring(0, equals), line.substring(equals + 1).strip());
      }
    }
    return facts;
  }
}
