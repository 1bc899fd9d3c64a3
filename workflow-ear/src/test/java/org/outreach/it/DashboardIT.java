package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.TestStaff;

/**
 * The supervisors' dashboard in Chromium on the real server: after three detained people's cases
 * open and a removal is reported during one's hold, the page counts them without a reload (it asks
 * again every 30 seconds): at least three more detained cases, the case's removal listed among what
 * must not wait, at least three more open tasks for the detention team (cases of earlier tests may
 * move on meanwhile, so the counts are not compared exactly). Only supervisors and administrators
 * reach it; screen readers get headed tables.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  /** The poll's period plus a round of the job executor. */
  private static final Duration REFRESHED = Duration.ofSeconds(120);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void theNumbersFollowTheCampaignWithoutAReload() throws Exception {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.driver().findElement(By.id("nav-dashboard")).click();
      Eventually.await(
          "the dashboard",
          () -> supervisor.driver().findElements(By.id("figures")).isEmpty() ? null : true);
      long detained = funnel(supervisor, "Detained");
      long detention = teamOpen(supervisor, "detention-team");

      String marker = "dash-" + UUID.randomUUID().toString().substring(0, 8);
      HttpResponse<String> opened =
          Fixtures.post("people?custody=DETAINED&count=3&marker=" + marker);
      assertThat(opened.statusCode()).isEqualTo(200);
      List<String> cases = opened.body().lines().toList();
      assertThat(cases).hasSize(3);
      String[] urgent = cases.get(0).split(" ");
      assertThat(Fixtures.post("custody-hold?case=" + urgent[0] + "&to=removal-stop").statusCode())
          .isEqualTo(204);

      // no reload: the page asks again on its own
      supervisor.screenshot("dashboard-before");
      try {
        Eventually.await(
            "the dashboard counting the new cases",
            REFRESHED,
            () -> {
              try {
                // other cases of earlier tests may move on meanwhile: ours are counted and listed
                return funnel(supervisor, "Detained") >= detained + 3
                        && number(supervisor, "removals-count") >= 1
                        && teamOpen(supervisor, "detention-team") >= detention + 3
                        && supervisor.driver().findElements(By.linkText(urgent[1])).size() == 1
                    ? true
                    : null;
              } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                // the poll replaced the figures while they were read
                return null;
              }
            });
      } catch (AssertionError e) {
        supervisor.screenshot("dashboard-not-counted");
        throw e;
      }
      assertThat(
              supervisor.driver().findElements(By.cssSelector(".dashboard-urgent a")).stream()
                  .map(WebElement::getText))
          .contains(urgent[1]);
      supervisor.checkAccessibility("dashboard");

      // a number opens its case
      supervisor.driver().findElement(By.linkText(urgent[1])).click();
      Eventually.await(
          "the case view",
          () -> supervisor.driver().getCurrentUrl().contains("case=" + urgent[1]) ? true : null);
      assertThat(supervisor.driver().getPageSource()).contains(urgent[1]);
    }
  }

  @Test
  void inSpanishForASupervisor() {
    try (ConsoleUser supervisor = new ConsoleUser("es")) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.open("dashboard.xhtml");
      assertThat(supervisor.textOf("h1")).isEqualTo("Panel de la campaña");
      assertThat(supervisor.textOf("#figures"))
          .contains("No puede esperar", "Tareas abiertas por equipo");
      supervisor.checkAccessibility("dashboard-es");
    }
  }

  @Test
  void onlySupervisorsAndAdministratorsReachIt() {
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(caseworker.driver().findElements(By.id("nav-dashboard"))).isEmpty();
      caseworker.open("dashboard.xhtml");
      assertThat(caseworker.driver().findElements(By.id("figures"))).isEmpty();
      assertThat(caseworker.driver().getPageSource()).doesNotContain("Campaign dashboard");
    }
    try (ConsoleUser anonymous = new ConsoleUser()) {
      anonymous.open("dashboard.xhtml");
      assertThat(anonymous.seesLoginForm()).isTrue();
    }
    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("dashboard.xhtml");
      assertThat(admin.driver().findElements(By.id("figures"))).hasSize(1);
    }
  }

  /** The cases opened of a population, by its row's label; 0 while it has no row. */
  private static long funnel(ConsoleUser user, String population) {
    for (WebElement row : user.driver().findElements(By.cssSelector("#funnel tbody tr"))) {
      List<WebElement> label = row.findElements(By.cssSelector(".funnel-population"));
      if (!label.isEmpty() && label.get(0).getText().equals(population)) {
        return Long.parseLong(row.findElement(By.cssSelector(".funnel-opened")).getText());
      }
    }
    return 0;
  }

  private static long teamOpen(ConsoleUser user, String team) {
    for (WebElement row : user.driver().findElements(By.cssSelector("#teams tbody tr"))) {
      List<WebElement> name = row.findElements(By.cssSelector(".team-name"));
      if (!name.isEmpty() && team.equals(name.get(0).getAttribute("data-team"))) {
        return Long.parseLong(row.findElement(By.cssSelector(".team-open")).getText());
      }
    }
    return 0;
  }

  private static long number(ConsoleUser user, String id) {
    return Long.parseLong(user.driver().findElement(By.id(id)).getText().strip());
  }
}
