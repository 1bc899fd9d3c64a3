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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.TestStaff;

/**
 * The audit trail as a page in Chromium and as a CSV export over HTTP, on the real server: a
 * supervisor's reading of a case is found by reader, case and purpose; a wrong filter is said
 * beside its field; an administrator exports what the filter finds and the export is itself in the
 * trail; supervisors get no export, caseworkers not the page; an account that read more people in
 * the last hour than the limit is named on the page.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aReadingIsFoundByReaderCaseAndPurposeAndItsExportIsAuditedToo() throws Exception {
    String marker = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> opened = Fixtures.post("people?custody=DETAINED&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String[] theCase = opened.body().strip().split(" ");
    BasicHttp.Answer read =
        BasicHttp.get(
            TestStaff.SUPERVISOR,
            TestStaff.PASSWORD,
            "api/cases/" + theCase[0] + "?purpose=OVERSIGHT_REQUEST");
    assertThat(read.status()).isEqualTo(200);

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.driver().findElement(By.id("nav-audit")).click();
      // a case reference nobody has is said beside its field
      type(supervisor, "audit:caseReference", "OC-ZZZZ-ZZZZ");
      search(supervisor);
      supervisor.screenshot("audit-trail-refused");
      assertThat(supervisor.textOf("#audit\\:caseReference-error"))
          .isEqualTo("No case has this reference.");

      type(supervisor, "audit:reader", TestStaff.SUPERVISOR);
      type(supervisor, "audit:caseReference", theCase[1]);
      new Select(supervisor.driver().findElement(By.id("audit:purpose")))
          .selectByValue("OVERSIGHT_REQUEST");
      search(supervisor);
      List<WebElement> rows = supervisor.driver().findElements(By.cssSelector(".audit-row"));
      assertThat(rows).isNotEmpty();
      assertThat(rows)
          .allSatisfy(
              row -> {
                assertThat(row.findElement(By.cssSelector(".audit-reader")).getText())
                    .isEqualTo(TestStaff.SUPERVISOR);
                assertThat(row.findElement(By.cssSelector(".audit-case")).getText())
                    .isEqualTo(theCase[1]);
              });
      assertThat(
              rows.stream().map(row -> row.findElement(By.cssSelector(".audit-action")).getText()))
          .contains("READ_PERSON");
      // each action in words too
      assertThat(
              rows.stream()
                  .map(row -> row.findElement(By.cssSelector(".audit-action-words")).getText()))
          .contains("Read a person's record");
      assertThat(supervisor.driver().findElements(By.id("export"))).isEmpty();
      assertThat(supervisor.driver().getPageSource()).doesNotContain(marker);
      supervisor.checkAccessibility("audit-trail");
    }
    assertThat(
            BasicHttp.get(TestStaff.SUPERVISOR, TestStaff.PASSWORD, "api/admin/audit-events")
                .status())
        .isEqualTo(403);

    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("audit.xhtml");
      type(admin, "audit:caseReference", theCase[1]);
      search(admin);
      String export = admin.driver().findElement(By.id("export")).getAttribute("href");
      assertThat(export).contains("api/admin/audit-events?case=" + theCase[1]);
      String path = export.substring(export.indexOf("api/admin/"));

      BasicHttp.Answer csv = BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, path);
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv");
      List<String> lines = csv.body().lines().toList();
      assertThat(lines.get(0))
          .isEqualTo(
              "occurred_at,reader,action,purpose,case_reference,case_id,person_id,document_id");
      assertThat(lines)
          .anyMatch(
              line ->
                  line.contains(
                      ","
                          + TestStaff.SUPERVISOR
                          + ",READ_PERSON,OVERSIGHT_REQUEST,"
                          + theCase[1]
                          + ","
                          + theCase[0]
                          + ","));
      assertThat(csv.body()).doesNotContain(marker);

      // the export is in the trail, by its administrator
      admin.open("audit.xhtml");
      type(admin, "audit:reader", TestStaff.ADMIN);
      new Select(admin.driver().findElement(By.id("audit:purpose")))
          .selectByValue("OVERSIGHT_REQUEST");
      search(admin);
      assertThat(
              admin.driver().findElements(By.cssSelector(".audit-action")).stream()
                  .map(WebElement::getText))
          .contains("EXPORT_AUDIT_TRAIL");
    }

    assertThat(
            BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/audit-events?from=12-01")
                .body())
        .contains("from: a day as yyyy-mm-dd");
    assertThat(
            BasicHttp.get(
                    TestStaff.ADMIN,
                    TestStaff.PASSWORD,
                    "api/admin/audit-events?from=2026-12-02&to=2026-12-01")
                .status())
        .isEqualTo(400);
    assertThat(
            BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/audit-events?purpose=x")
                .status())
        .isEqualTo(400);
  }

  /**
   * An account that read more people in the last hour than the limit (set to 2 here) is named on
   * the page with how many, and one click shows its events; with a limit nobody reaches, the page
   * says no account did.
   */
  @Test
  void anAccountReadingMorePeopleThanTheLimitIsNamedWithItsEventsAClickAway() throws Exception {
    String marker = "unusual-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> opened = Fixtures.post("people?custody=DETAINED&count=3&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    for (String line : opened.body().strip().split("\n")) {
      String caseId = line.strip().split(" ")[0];
      assertThat(
              BasicHttp.get(
                      TestStaff.SUPERVISOR,
                      TestStaff.PASSWORD,
                      "api/cases/" + caseId + "?purpose=OVERSIGHT_REQUEST")
                  .status())
          .isEqualTo(200);
    }

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      setLimit("2");
      supervisor.open("audit.xhtml");
      WebElement listed =
          supervisor.driver().findElements(By.cssSelector(".unusual-reader")).stream()
              .filter(
                  row ->
                      row.findElement(By.cssSelector(".unusual-account"))
                          .getText()
                          .equals(TestStaff.SUPERVISOR))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the supervisor is not listed"));
      assertThat(Long.parseLong(listed.findElement(By.cssSelector(".unusual-people")).getText()))
          .isGreaterThanOrEqualTo(3);
      assertThat(supervisor.textOf("#unusual-reading"))
          .contains("more than 2 different people")
          .contains("the system's own reads are not counted");
      assertThat(supervisor.driver().getPageSource()).doesNotContain(marker);
      supervisor.screenshot("audit-unusual-reading");
      supervisor.checkAccessibility("audit-unusual-reading");

      WebElement show = listed.findElement(By.cssSelector("input[type=submit]"));
      show.click();
      new WebDriverWait(supervisor.driver(), Duration.ofSeconds(20)).until(Gone.of(show));
      List<WebElement> rows = supervisor.driver().findElements(By.cssSelector(".audit-row"));
      assertThat(rows).isNotEmpty();
      assertThat(rows)
          .allSatisfy(
              row ->
                  assertThat(row.findElement(By.cssSelector(".audit-reader")).getText())
                      .isEqualTo(TestStaff.SUPERVISOR));

      setLimit("1000000");
      supervisor.open("audit.xhtml");
      assertThat(supervisor.driver().findElements(By.cssSelector(".unusual-reader"))).isEmpty();
      assertThat(supervisor.textOf("#unusual-none"))
          .isEqualTo("No account read more than 1,000,000 different people in the last hour.");
    } finally {
      setLimit(null);
    }
  }

  /** The most people an account may read in an hour before it is named; null: the default. */
  private static void setLimit(String limit) throws IOException, InterruptedException {
    assertThat(
            Fixtures.post(
                    "settings?name=outreach.audit.unusual-reading.people-per-hour"
                        + (limit == null ? "" : "&value=" + limit))
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void caseworkersDoNotReachThePage() {
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(caseworker.driver().findElements(By.id("nav-audit"))).isEmpty();
      caseworker.open("audit.xhtml");
      assertThat(caseworker.driver().findElements(By.id("audit:search"))).isEmpty();
    }
    try (ConsoleUser anonymous = new ConsoleUser()) {
      anonymous.open("audit.xhtml");
      assertThat(anonymous.seesLoginForm()).isTrue();
    }
  }

  /** Sends the filter and waits for the page it answers with. */
  private static void search(ConsoleUser user) {
    WebElement button = user.driver().findElement(By.id("audit:search"));
    button.click();
    new WebDriverWait(user.driver(), Duration.ofSeconds(20)).until(Gone.of(button));
  }

  private static void type(ConsoleUser user, String id, String text) {
    WebElement field = user.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
