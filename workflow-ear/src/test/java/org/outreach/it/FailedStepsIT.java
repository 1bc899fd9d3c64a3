package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.LeakScan;
import org.outreach.it.support.TestStaff;

/**
 * The failed steps page in Chromium on the real server: a step of a case's process fails (the
 * campaign's own delegate given a wrong value that carries a person's marker), is tried once more
 * on its own and runs out of tries; the supervisor finds it on the page with its case, process,
 * step and error, the error naming no value (neither on the page nor in the stack trace the engine
 * stored); the dashboard counts it among what must not wait; its value put right, ticked and tried
 * again, it succeeds at once and leaves the page, and the try is on the audit trail with the
 * supervisor's name. Caseworkers do not reach the page.
 */
@ExtendWith(ArquillianExtension.class)
class FailedStepsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSupervisorSeesAFailedStepWithoutPersonalDataAndTriesItAgain() throws Exception {
    String marker = "fail" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> opened = Fixtures.post("people?custody=RELEASED&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String[] theCase = opened.body().strip().split(" ");
    assertThat(Fixtures.post("failing-step?case=" + theCase[0] + "&marker=" + marker).statusCode())
        .isEqualTo(200);
    Eventually.await(
        "the failing step out of tries",
        Duration.ofMinutes(2),
        () -> stateOf(theCase[0], marker).contains("retries=0\n") ? true : null);
    String state = stateOf(theCase[0], marker);
    assertThat(state).contains("message=caseId: not a UUID\n").contains("traceHoldsMarker=false");

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      WebDriver page = supervisor.driver();
      // counted on the dashboard, which links to the page
      supervisor.openDashboardCountedSince(java.time.Instant.now());
      assertThat(Long.parseLong(page.findElement(By.id("failed-count")).getText())).isPositive();
      page.findElement(By.id("failed-link")).click();
      Eventually.await(
          "the failed steps page", () -> rowOf(page, theCase[1]) == null ? null : true);
      WebElement row = rowOf(page, theCase[1]);
      assertThat(row.findElement(By.cssSelector(".failed-process")).getText())
          .isEqualTo("it-failing-step");
      assertThat(row.findElement(By.cssSelector(".failed-step")).getText())
          .isEqualTo("Load the case's facts");
      assertThat(row.findElement(By.cssSelector(".failed-message")).getText())
          .isEqualTo("caseId: not a UUID");
      assertThat(row.findElement(By.cssSelector(".failed-state")).getText())
          .isEqualTo("Out of tries: waits for a person");
      assertThat(LeakScan.foundIn(page.getPageSource(), marker)).isEmpty();
      assertThat(Long.parseLong(page.findElement(By.id("incident-count")).getText())).isPositive();
      supervisor.checkAccessibility("failed-steps");

      // nothing ticked: said, nothing tried
      WebElement button = page.findElement(By.id("failed:retry-selected"));
      button.click();
      Eventually.await("the page again", () -> Gone.is(button) ? true : null);
      assertThat(page.findElement(By.id("failed:feedback")).getText())
          .isEqualTo("Select at least one step to try again.");
      assertThat(stateOf(theCase[0], marker)).doesNotContain("retriedBy=");

      // what the error named is put right; ticked and tried again, the step succeeds
      assertThat(
              Fixtures.post(
                      "failing-step?case=" + theCase[0] + "&marker=" + marker + "&repair=true")
                  .statusCode())
          .isEqualTo(204);
      rowOf(page, theCase[1]).findElement(By.cssSelector(".failed-pick")).click();
      WebElement retry = page.findElement(By.id("failed:retry-selected"));
      retry.click();
      Eventually.await("the page again", () -> Gone.is(retry) ? true : null);
      assertThat(page.findElement(By.id("failed:feedback")).getText())
          .isEqualTo("1 step(s) will be tried again now.");
      Eventually.await(
          "the retried step done and its process ended",
          Duration.ofMinutes(1),
          () -> stateOf(theCase[0], marker).contains("retries=") ? null : true);
      assertThat(stateOf(theCase[0], marker))
          .contains("retriedBy=" + TestStaff.SUPERVISOR + " SUPERVISION job:");
      supervisor.open("failed-steps.xhtml");
      assertThat(rowOf(page, theCase[1])).isNull();
    }

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(caseworker.driver().findElements(By.id("nav-failed-steps"))).isEmpty();
      caseworker.open("failed-steps.xhtml");
      assertThat(caseworker.driver().findElements(By.id("failed:jobs"))).isEmpty();
      assertThat(caseworker.driver().getPageSource()).doesNotContain("Steps that failed");
    }
  }

  private static WebElement rowOf(WebDriver page, String reference) {
    return page.findElements(By.cssSelector("tr.failed-row")).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".failed-case")).stream()
                    .anyMatch(link -> link.getText().equals(reference)))
        .findFirst()
        .orElse(null);
  }

  private static String stateOf(String caseId, String marker) {
    URI fixture =
        URI.create(ItSettings.baseUrl())
            .resolve("/outreach-it-fixtures/failing-step?case=" + caseId + "&marker=" + marker);
    try {
      return HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(fixture).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
