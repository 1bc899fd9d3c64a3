package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.TestStaff;

/**
 * The import page in Chromium on the real server: an administrator uploads a file whose A-numbers
 * are malformed and reads the report (row, column, rule; no value), nothing written; then a good
 * file of three new people, and the progress bar reaches 100 % as their cases start. Only
 * administrators reach the page.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPageIT {

  private static final Path CORPUS =
      Path.of("..", "workflow-ejb", "src", "test", "resources", "import-corpus");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void anAdministratorReadsTheReportThenWatchesTheCasesStart() throws Exception {
    Path bad = CORPUS.resolve("malformed-a-number.csv").toAbsolutePath().normalize();
    Path good = freshPeople();

    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      WebDriver page = admin.driver();
      page.findElement(By.id("nav-import")).click();
      Eventually.await(
          "the import page", () -> page.findElements(By.id("import:file")).isEmpty() ? null : true);

      // nothing chosen: said beside the field
      upload(page, null);
      assertThat(admin.textOf("#file-error")).isEqualTo("Choose the CSV file to import.");

      // malformed A-numbers: the report, nothing written
      upload(page, bad);
      assertThat(admin.textOf("#messages"))
          .isEqualTo("Nothing was written: read the report, correct the file and upload it again.");
      assertThat(admin.textOf("#import-state")).isEqualTo("Refused: nothing written");
      assertThat(admin.textOf("#import-created")).isEqualTo("0");
      List<WebElement> problems = page.findElements(By.cssSelector("tr.problem-row"));
      assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
      assertThat(problems.get(0).findElement(By.cssSelector(".problem-column")).getText())
          .isEqualTo("a_number");
      assertThat(page.getPageSource()).doesNotContain("A12X45678").doesNotContain(">12345<");
      assertThat(page.findElements(By.id("start-bar"))).isEmpty();
      admin.checkAccessibility("import-report");
      admin.scrollTo("#report-heading");
      admin.screenshot("import-report-problems");

      // three new people: written, and their cases start to the end
      upload(page, good);
      assertThat(admin.textOf("#messages"))
          .isEqualTo("The file was imported: the new people's cases are starting.");
      assertThat(admin.textOf("#import-created")).isEqualTo("3");
      // the page asks every 2 seconds and replaces the bar: read it whole or not at all
      String label =
          Eventually.await(
              "the progress bar at 100 %",
              Duration.ofMinutes(2),
              () -> {
                try {
                  return "100".equals(page.findElement(By.id("start-bar")).getAttribute("value"))
                      ? page.findElement(By.id("start-label")).getText()
                      : null;
                } catch (WebDriverException replaced) {
                  return null;
                }
              });
      assertThat(label).isEqualTo("3 of 3 new people have a running case (100 %).");
      admin.checkAccessibility("import-started");
      admin.scrollTo("#start-heading");
      admin.screenshot("import-started-progress");
    }

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      assertThat(supervisor.driver().findElements(By.id("nav-import"))).isEmpty();
      supervisor.open("admin/import.xhtml");
      assertThat(supervisor.driver().findElements(By.id("import:file"))).isEmpty();
    }
  }

  private static void upload(WebDriver page, Path file) {
    if (file != null) {
      page.findElement(By.id("import:file")).sendKeys(file.toString());
    }
    WebElement button = page.findElement(By.id("import:upload"));
    button.click();
    Eventually.await("the page again", () -> Gone.is(button) ? true : null);
    Eventually.await(
        "the page again", () -> page.findElements(By.id("import:upload")).isEmpty() ? null : true);
  }

  /** The good corpus file with A-numbers nobody has, so its three people are new. */
  private static Path freshPeople() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("good.csv"), StandardCharsets.UTF_8);
    List<String> fresh = new ArrayList<>();
    fresh.add(lines.get(0));
    long base = 700_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      fresh.add((base + i * 7919L) + lines.get(i).substring(lines.get(i).indexOf(',')));
    }
    Path file = Path.of("target", "import-page-good.csv").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, fresh, StandardCharsets.UTF_8);
    return file;
  }
}
