package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/** The console in a real headless Chromium against the real server. */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void readinessIsOpenAndReportsDatabaseEngineAndJobExecutorUp()
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl() + "api/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"engine\":\"UP\",\"jobExecutor\":\"UP\"}}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "inbox.xhtml", "cases/start.xhtml", "inbox.xhtml?view=all"})
  void anAnonymousVisitorIsShownTheLoginPageInsteadOfTheConsole(String path) {
    try (ConsoleUser anonymous = new ConsoleUser()) {
      anonymous.open(path);

      assertThat(anonymous.seesLoginForm()).isTrue();
      assertThat(anonymous.seesConsole()).isFalse();
    }
  }

  @Test
  void aWrongPasswordKeepsTheVisitorOutAndSaysSo() {
    try (ConsoleUser visitor = new ConsoleUser()) {
      visitor.logIn(TestStaff.CASEWORKER, "not-the-password");

      assertThat(visitor.seesLoginFailedNotice()).isTrue();
      assertThat(visitor.seesConsole()).isFalse();
    }
  }

  @Test
  void aCaseworkerClaimsHandsBackOpensTheTaskAndLogsOut() {
    String reference = caseStartedBySupervisor();

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);

      caseworker.claim(reference);
      assertThat(caseworker.assigneeShownFor(reference)).isEqualTo("you");
      caseworker.screenshot("inbox-claimed");

      caseworker.unclaim(reference);
      assertThat(caseworker.assigneeShownFor(reference)).isEqualTo("—");
      caseworker.claim(reference);
      // the work is done on the task's page, through the locate form
      caseworker.openTaskOf(reference);
      assertThat(caseworker.driver().findElements(By.id("work:locate-record"))).hasSize(1);

      caseworker.logOut();
      assertThat(caseworker.seesLoggedOutNotice()).isTrue();
      caseworker.open("inbox.xhtml");
      assertThat(caseworker.seesLoginForm()).isTrue();
    }
  }

  @Test
  void aCaseworkerDoesNotSeeATaskOfferedToAnotherTeam() {
    String reference = caseStartedBySupervisor();
    try (ConsoleUser caseworker = new ConsoleUser()) {
      // the task exists and is visible to its team...
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
    }

    try (ConsoleUser otherTeam = new ConsoleUser()) {
      otherTeam.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);

      // ...and not to anyone else
      assertThat(otherTeam.seesTaskOf(reference)).isFalse();
      assertThat(otherTeam.seesConsole()).isTrue();
    }
  }

  @Test
  void theConsoleSpeaksTheBrowsersLanguageUntilTheCaseworkerChoosesAnother() {
    try (ConsoleUser visitor = new ConsoleUser("es")) {
      visitor.open("login.xhtml");
      assertThat(visitor.pageLanguage()).isEqualTo("es");
      assertThat(visitor.heading()).isEqualTo("Consola de Outreach");
      visitor.checkAccessibility("login-es");

      visitor.logIn(TestStaff.SPANISH_CASEWORKER, TestStaff.PASSWORD);
      assertThat(visitor.heading()).isEqualTo("Bandeja");
      visitor.checkAccessibility("inbox-es");

      visitor.chooseLanguage("en");
      assertThat(visitor.heading()).isEqualTo("Inbox");
      visitor.chooseLanguage("es");
      assertThat(visitor.heading()).isEqualTo("Bandeja");
      visitor.logOut();
    }
    // the choice is kept with the account, whatever the next browser asks for
    try (ConsoleUser sameCaseworker = new ConsoleUser("en")) {
      sameCaseworker.logIn(TestStaff.SPANISH_CASEWORKER, TestStaff.PASSWORD);
      assertThat(sameCaseworker.pageLanguage()).isEqualTo("es");
      assertThat(sameCaseworker.heading()).isEqualTo("Bandeja");
    }
  }

  @Test
  void theLoginInboxAndStartPagesHaveNoSeriousAccessibilityViolations() {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.open("login.xhtml");
      supervisor.checkAccessibility("login");
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.open("inbox.xhtml");
      supervisor.checkAccessibility("inbox");
      supervisor.startDemoCase();
      supervisor.checkAccessibility("start-case");
    }
  }

  @Test
  void aTaskPageShowsTheCaseworkerWhatTheTaskNeedsAndOnlyToTheTeam() throws Exception {
    String marker = "c" + java.util.UUID.randomUUID().toString().substring(0, 7);
    String reference = caseOfPerson("DETAINED", marker);
    String taskPage;
    try (ConsoleUser detention = new ConsoleUser()) {
      detention.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
      detention.awaitTaskOf(reference);
      taskPage = detention.openTaskOf(reference);
      assertThat(detention.textOf(".person-name")).isEqualTo("Given" + marker + " Family" + marker);
      assertThat(detention.textOf(".person-facility")).isEqualTo("Facility " + marker);
      assertThat(detention.textOf(".hold-state")).isEqualTo("In place");
      // the risk note is for whoever holds the task
      assertThat(detention.textOf(".risk-note")).isEmpty();
      detention.checkAccessibility("task-hand-delivery");

      detention.claimOnTaskPage();
      assertThat(detention.textOf(".risk-note")).isEqualTo("Risk " + marker);
      detention.checkAccessibility("task-hand-delivery-claimed");

      // a visit in the future is refused beside its field, and the task stays open
      WebDriver page = detention.driver();
      page.findElement(By.cssSelector("input[name='work:delivery-outcome'][value='NOT_DELIVERED']"))
          .click();
      setDateTime(page, "work:delivery-when", LocalDateTime.now().plusDays(2));
      page.findElement(By.id("work:delivery-record")).click();
      new WebDriverWait(page, Duration.ofSeconds(30))
          .ignoring(WebDriverException.class)
          .until(d -> !d.findElement(By.id("delivery-when-error")).getText().isBlank());
      assertThat(detention.textOf("#delivery-when-error"))
          .isEqualTo("The visit cannot be in the future.");
      detention.screenshot("task-hand-delivery-refused");

      // delivered, the person would not sign: the notice counts as delivered
      page.findElement(
              By.cssSelector("input[name='work:delivery-outcome'][value='REFUSED_TO_SIGN']"))
          .click();
      // the case was opened this minute: a visit now is after it
      setDateTime(page, "work:delivery-when", LocalDateTime.now());
      WebElement by = page.findElement(By.id("work:delivery-by"));
      assertThat(by.getAttribute("value")).isEqualTo("Test " + TestStaff.OTHER_TEAM_CASEWORKER);
      detention.checkAccessibility("task-hand-delivery-form");
      page.findElement(By.id("work:delivery-record")).click();
      new WebDriverWait(page, Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(detention.seesTaskOf(reference)).isFalse();
    }
    try (ConsoleUser supervisor = new ConsoleUser()) {
      // delivered: the process went on to the custody review, which is the supervisors'
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.awaitTaskOf(reference);
    }
    try (ConsoleUser otherTeam = new ConsoleUser()) {
      otherTeam.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      otherTeam.openUrl(taskPage);
      assertThat(otherTeam.seesNotFound()).isTrue();
      assertThat(otherTeam.driver().getPageSource()).doesNotContain(marker);
    }
  }

  @Test
  void aCaseworkerCannotOpenCases() {
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.open("cases/start.xhtml");

      assertThat(caseworker.seesStartCaseButton()).isFalse();
    }
  }

  /** A case of a fictitious person whose values carry the marker; returns its reference. */
  private static String caseOfPerson(String custody, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post("people?custody=" + custody + "&marker=" + marker);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ")[1];
  }

  private static String caseStartedBySupervisor() {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      String reference = supervisor.startDemoCase();
      assertThat(reference).matches("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");
      supervisor.logOut();
      return reference;
    }
  }

  /** Types a moment into a {@code datetime-local} input as a person would, in its own order. */
  private static void setDateTime(WebDriver driver, String id, LocalDateTime moment) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            moment.withSecond(0).withNano(0).toString().substring(0, 16));
  }
}
