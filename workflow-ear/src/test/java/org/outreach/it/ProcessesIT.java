package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
import org.outreach.it.support.TestStaff;

/**
 * The processes page in Chromium on the real server, after a released person's case opens: the
 * outreach process is listed with running instances; chosen, it is drawn with the cases waiting on
 * its steps as badges and the same figures in a table; a step chosen lists its cases, which open in
 * the case view. A process that does not exist is said. Only supervisors and administrators reach
 * it.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSupervisorSeesWhereTheCasesWaitAndOpensThem() throws Exception {
    String marker = "proc" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(Fixtures.post("people?custody=RELEASED&marker=" + marker).statusCode())
        .isEqualTo(200);

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      WebDriver page = supervisor.driver();
      page.findElement(By.id("nav-processes")).click();
      Eventually.await(
          "the processes page",
          () -> page.findElements(By.id("processes")).isEmpty() ? null : true);
      WebElement outreach = processRow(page, "Outreach to the person");
      assertThat(Long.parseLong(outreach.findElement(By.cssSelector(".process-running")).getText()))
          .isPositive();
      outreach.findElement(By.cssSelector(".process-name")).click();

      // drawn, with the cases waiting on its steps as badges, the same figures in the table
      awaitDrawn(page);
      assertThat(supervisor.textOf("#diagram-heading")).isEqualTo("Outreach to the person");
      List<WebElement> steps = page.findElements(By.cssSelector("#steps tr.step-row"));
      assertThat(steps).isNotEmpty();
      long waitingMost =
          Long.parseLong(steps.get(0).findElement(By.cssSelector(".step-waiting")).getText());
      assertThat(waitingMost).isPositive();
      assertThat(page.findElements(By.cssSelector(".step-badge-waiting"))).isNotEmpty();
      supervisor.checkAccessibility("processes-outreach");

      // the step with the most cases lists them
      String stepName = steps.get(0).findElement(By.cssSelector(".step-name")).getText();
      steps.get(0).findElement(By.cssSelector(".step-name")).click();
      Eventually.await(
          "the cases of the step",
          () -> page.findElements(By.id("step-count")).isEmpty() ? null : true);
      assertThat(supervisor.textOf("#step-cases-heading"))
          .isEqualTo("Cases waiting at: " + stepName);
      List<WebElement> cases = page.findElements(By.cssSelector(".step-case"));
      assertThat(cases).isNotEmpty().hasSizeLessThanOrEqualTo(50);
      String reference = cases.get(0).getText();
      assertThat(reference).matches("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");
      supervisor.screenshot("processes-step-cases");
      cases.get(0).click();
      Eventually.await(
          "the case view", () -> page.getCurrentUrl().contains("case=" + reference) ? true : null);

      // a process that does not exist is said
      supervisor.open("processes.xhtml?process=no-such-process");
      assertThat(supervisor.textOf("#messages"))
          .isEqualTo("There is no such process: choose one from the list.");
      assertThat(page.findElements(By.cssSelector(".process-diagram"))).isEmpty();
    }

    // in Spanish, the diagram's labels and the steps' table name the steps in Spanish
    try (ConsoleUser supervisor = new ConsoleUser("es")) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      WebDriver page = supervisor.driver();
      supervisor.open("processes.xhtml?process=locate-person");
      awaitDrawn(page);
      // a label's lines are separate text spans: compared without spaces
      String labels =
          page.findElements(By.cssSelector(".process-diagram .djs-label")).stream()
              .map(label -> label.getAttribute("textContent").replaceAll("\\s", ""))
              .reduce("", (all, one) -> all + "|" + one);
      assertThat(labels)
          .contains("Consultarelparaderoenelregistro")
          .doesNotContain("Lookupwhereaboutsintheregistry");
      assertThat(
              page.findElements(By.cssSelector("#steps .step-name")).stream()
                  .map(WebElement::getText))
          .doesNotContain("Look up whereabouts in the registry");
      supervisor.screenshot("processes-locate-es");
    }

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(caseworker.driver().findElements(By.id("nav-processes"))).isEmpty();
      caseworker.open("processes.xhtml");
      assertThat(caseworker.driver().findElements(By.id("processes"))).isEmpty();
    }
  }

  /** Waits until the page's script has drawn the process's diagram. */
  private static void awaitDrawn(WebDriver page) {
    Eventually.await(
        "the diagram drawn",
        Duration.ofSeconds(30),
        () ->
            "true"
                    .equals(
                        page.findElement(By.cssSelector(".process-diagram"))
                            .getAttribute("data-drawn"))
                ? true
                : null);
  }

  private static WebElement processRow(WebDriver page, String name) {
    return page.findElements(By.cssSelector("#processes tr.process-row")).stream()
        .filter(row -> row.findElement(By.cssSelector(".process-name")).getText().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
