package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openqa.selenium.support.ui.Select;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.TestStaff;

/**
 * Statistics for publication on the real server, over HTTP and in Chromium: people of two
 * nationalities no other test uses, one with a small group of detained people; the export shows the
 * small count as under 11, no line of the published table (rows, columns, totals) lets a withheld
 * count be worked out, the tally is on the audit trail; a column that identifies a person is
 * refused by name without echoing what was asked; caseworkers get neither the export nor the page.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  /** Countries whose people this test registers: none of the other tests' fixtures uses them. */
  private static final List<String> CANDIDATES = List.of("NR", "TV", "KI", "PW", "MH", "FM");

  private static String small;
  private static String large;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void peopleOfTwoNationalities() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    // two countries nobody is of yet (a run against a kept database finds earlier runs' people)
    List<List<String>> before = csv(export("rows=nationality").body());
    List<String> present = before.stream().map(row -> row.get(0)).toList();
    List<String> free = CANDIDATES.stream().filter(code -> !present.contains(code)).toList();
    assertThat(free).as("unused countries").hasSizeGreaterThanOrEqualTo(2);
    small = free.get(0);
    large = free.get(1);
    String marker = "stat-" + UUID.randomUUID().toString().substring(0, 8);
    register(marker + "a", "RELEASED", small, 25, null);
    register(marker + "b", "DETAINED", small, 3, "Facility-" + marker);
    register(marker + "c", "RELEASED", large, 14, null);
    register(marker + "d", "DETAINED", large, 12, "Facility-" + marker);
  }

  @Test
  void aSmallCountIsShownAsUnder11AndNoWithheldCountCanBeWorkedOut() throws Exception {
    BasicHttp.Answer answer = export("rows=nationality&columns=population");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    assertThat(answer.disposition()).contains("statistics-nationality-population.csv");
    List<List<String>> table = csv(answer.body());
    List<String> header = table.get(0);
    assertThat(header.get(0)).isEqualTo("nationality");
    assertThat(header.get(header.size() - 1)).isEqualTo("total");
    int detained = header.indexOf("DETAINED");
    int released = header.indexOf("RELEASED");
    assertThat(detained).isPositive();
    assertThat(released).isPositive();

    List<String> smallRow = row(table, small);
    assertThat(smallRow.get(detained)).isEqualTo("<11");
    assertThat(smallRow.get(released)).isIn("25", "suppressed");
    assertThat(smallRow.get(header.size() - 1)).isIn("28", "suppressed");
    List<String> largeRow = row(table, large);
    assertThat(largeRow.get(detained)).isIn("12", "suppressed");
    assertThat(largeRow.get(released)).isIn("14", "suppressed");
    for (int column = 1; column < header.size() - 1; column++) {
      if (column != detained && column != released) {
        assertThat(smallRow.get(column)).as(header.get(column)).isEqualTo("0");
        assertThat(largeRow.get(column)).as(header.get(column)).isEqualTo("0");
      }
    }
    assertThat(workedOut(table)).as("counts a reader can work out from a line's total").isEmpty();

    // a table of one column counts people
    BasicHttp.Answer languages = export("rows=language");
    assertThat(languages.status()).isEqualTo(200);
    assertThat(csv(languages.body()).get(0)).containsExactly("language", "people");
    assertThat(workedOut(csv(languages.body()))).isEmpty();

    // each count is on the audit trail, naming the table
    BasicHttp.Answer trail =
        BasicHttp.get(
            TestStaff.ADMIN,
            TestStaff.PASSWORD,
            "api/admin/audit-events?reader=" + TestStaff.SUPERVISOR + "&purpose=OVERSIGHT_REQUEST");
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.body()).contains("TALLY_PEOPLE");
  }

  @Test
  void aColumnThatIdentifiesAPersonIsRefusedByNameAndNothingAskedIsEchoed() throws Exception {
    BasicHttp.Answer byANumber = export("rows=population&columns=aNumber");
    assertThat(byANumber.status()).isEqualTo(400);
    assertThat(byANumber.body())
        .contains("columns: anumber identifies a person and cannot be counted by");

    String typed = "Family-" + UUID.randomUUID().toString().substring(0, 8);
    BasicHttp.Answer unknown = export("rows=" + typed);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("rows: not a dimension").doesNotContain(typed);

    BasicHttp.Answer twice = export("rows=outcome&columns=outcome");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("columns: must differ from rows");

    BasicHttp.Answer caseworker =
        BasicHttp.get(TestStaff.CASEWORKER, TestStaff.PASSWORD, "api/statistics?rows=population");
    assertThat(caseworker.status()).isEqualTo(403);
  }

  @Test
  void aSupervisorCountsInTheConsoleAndCaseworkersAreRefused() throws Exception {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      WebDriver page = supervisor.driver();
      page.findElement(By.id("nav-statistics")).click();
      Eventually.await(
          "the statistics page",
          () -> page.findElements(By.id("choice:rows")).isEmpty() ? null : true);
      assertThat(page.findElements(By.id("statistics"))).as("nothing counted yet").isEmpty();
      new Select(page.findElement(By.id("choice:rows"))).selectByValue("nationality");
      new Select(page.findElement(By.id("choice:columns"))).selectByValue("population");
      page.findElement(By.id("choice:count")).click();
      Eventually.await(
          "the table",
          Duration.ofSeconds(30),
          () -> page.findElements(By.id("statistics")).isEmpty() ? null : true);
      assertThat(page.getCurrentUrl()).contains("rows=nationality").contains("columns=population");
      assertThat(supervisor.textOf("#table-heading"))
          .isEqualTo("People by Nationality and Population");
      List<String> headings =
          page.findElements(By.cssSelector("#statistics thead th")).stream()
              .map(WebElement::getText)
              .toList();
      int detained = headings.indexOf("Detained");
      assertThat(detained).isPositive();
      WebElement smallRow =
          page.findElements(By.cssSelector("#statistics tr.statistics-row")).stream()
              .filter(tr -> tr.findElement(By.tagName("th")).getText().equals(small))
              .findFirst()
              .orElseThrow();
      assertThat(smallRow.findElements(By.tagName("td")).get(detained - 1).getText())
          .isEqualTo("<11");
      assertThat(page.findElement(By.id("download")).getAttribute("href"))
          .endsWith("api/statistics?rows=nationality&columns=population");
      supervisor.checkAccessibility("statistics");
      supervisor.screenshot("statistics-nationality-population");
    }

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(caseworker.driver().findElements(By.id("nav-statistics"))).isEmpty();
      caseworker.open("statistics.xhtml?rows=nationality");
      assertThat(caseworker.driver().findElements(By.id("statistics"))).isEmpty();
    }

    try (ConsoleUser anonymous = new ConsoleUser()) {
      anonymous.open("statistics.xhtml?rows=nationality");
      assertThat(anonymous.seesLoginForm()).isTrue();
    }
  }

  private static BasicHttp.Answer export(String query) throws IOException {
    return BasicHttp.get(TestStaff.SUPERVISOR, TestStaff.PASSWORD, "api/statistics?" + query);
  }

  private static void register(
      String marker, String custody, String nationality, int count, String facility)
      throws IOException, InterruptedException {
    HttpResponse<String> registered =
        Fixtures.post(
            "people?caseless=true&custody="
                + custody
                + "&nationality="
                + nationality
                + "&count="
                + count
                + "&marker="
                + marker
                + (facility == null ? "" : "&facility=" + facility));
    assertThat(registered.statusCode()).isEqualTo(200);
    assertThat(registered.body().strip().split("\n")).hasSize(count);
  }

  private static List<String> row(List<List<String>> table, String category) {
    return table.stream().filter(row -> row.get(0).equals(category)).findFirst().orElseThrow();
  }

  /** A CSV without quoted cells (a country code, an enum name, a count or a mark in each). */
  private static List<List<String>> csv(String body) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : body.split("\r\n")) {
      if (!line.isEmpty() && !line.contains("\"")) {
        rows.add(Arrays.asList(line.split(",", -1)));
      }
    }
    return rows;
  }

  /**
   * What a reader can work out line by line: a row or column (its total included) with one withheld
   * cell gives that cell, which may give another; the cells so found, as "row/column". (The
   * suppression's unit test reads tables by linear algebra; this is the reader with a pencil.)
   */
  private static List<String> workedOut(List<List<String>> table) {
    int rows = table.size() - 1;
    int columns = table.get(0).size() - 1;
    boolean[][] unknown = new boolean[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        String cell = table.get(i + 1).get(j + 1);
        unknown[i][j] = !cell.matches("[0-9]+");
      }
    }
    List<String> found = new ArrayList<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      // a table of one column has no row lines: each row's count is its own total
      for (int i = 0; i < rows && columns > 1; i++) {
        progress |= solveLine(unknown, found, i, -1, columns);
      }
      for (int j = 0; j < columns; j++) {
        progress |= solveLine(unknown, found, -1, j, rows);
      }
    }
    return found;
  }

  private static boolean solveLine(
      boolean[][] unknown, List<String> found, int row, int column, int length) {
    int withheld = 0;
    int at = -1;
    for (int k = 0; k < length; k++) {
      boolean hidden = row >= 0 ? unknown[row][k] : unknown[k][column];
      if (hidden) {
        withheld++;
        at = k;
      }
    }
    if (withheld != 1) {
      return false;
    }
    if (row >= 0) {
      unknown[row][at] = false;
      found.add(row + "/" + at);
    } else {
      unknown[at][column] = false;
      found.add(at + "/" + column);
    }
    return true;
  }
}
