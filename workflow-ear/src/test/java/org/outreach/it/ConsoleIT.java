package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
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
    URI fixtures = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/staff");
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(fixtures).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(204);
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
  void aCaseworkerClaimsCompletesAndLogsOut() {
    String reference = caseStartedBySupervisor();

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);

      caseworker.claim(reference);
      assertThat(caseworker.assigneeShownFor(reference)).isEqualTo("you");
      caseworker.screenshot("inbox-claimed");

      assertThat(caseworker.outcomesShownFor(reference)).containsExactly("Found", "Not found");

      caseworker.unclaim(reference);
      caseworker.claim(reference);
      // not found: the next attempt is days away, so the case leaves the inbox
      caseworker.completeWith(reference, "Not found");
      assertThat(caseworker.inboxCaseReferences()).doesNotContain(reference);

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
      List<String> visible = otherTeam.inboxCaseReferences();
      assertThat(otherTeam.seesConsole()).isTrue();
      assertThat(visible).doesNotContain(reference);
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

  private static String caseStartedBySupervisor() {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      String reference = supervisor.startDemoCase();
      assertThat(reference).matches("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");
      supervisor.logOut();
      return reference;
    }
  }
}
