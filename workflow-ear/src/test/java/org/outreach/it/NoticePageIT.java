package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * The public notice page in a real headless Chromium, without logging in: the notice shown only to
 * whoever gives the case reference and the person's date of birth, in the person's language beside
 * English; the confirmation; failed tries answered alike and counted; everything audited.
 */
@ExtendWith(ArquillianExtension.class)
class NoticePageIT {

  /** The date of birth of every person of the people fixture. */
  private static final String[] BORN = {"12", "4", "1988"};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffAndApprovedTexts() throws Exception {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
  }

  @Test
  void aPersonGivesReferenceAndDateOfBirthReadsTheNoticeInTheirLanguageAndConfirmsIt()
      throws Exception {
    String marker = marker();
    String[] opened = openCase(marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser visitor = new ConsoleUser("es")) {
      visitor.open("notice.xhtml");
      assertThat(visitor.pageLanguage()).isEqualTo("es");
      assertThat(visitor.seesLoginForm()).isFalse();
      visitor.checkAccessibility("notice-page-es");

      // nothing typed: each field says what it needs, beside it
      submit(visitor.driver(), "", "", "", "");
      assertThat(visitor.textOf("#notice\\:reference-error"))
          .isEqualTo("Escriba la referencia de nuestro correo.");
      assertThat(visitor.textOf("#notice\\:date-error"))
          .isEqualTo("Escriba su fecha de nacimiento: día, mes y año.");

      // a wrong date: no letter, and no word on which of the two was wrong
      submit(visitor.driver(), reference, "13", "4", "1988");
      assertThat(visitor.textOf("#notice\\:not-matched")).startsWith("No encontramos una carta");
      assertThat(visitor.driver().findElements(By.id("notice:letter"))).isEmpty();

      // typed as people type it: small letters, no dashes, an O for a zero
      String typed = reference.toLowerCase().replace("-", " ").replace('0', 'o');
      submit(visitor.driver(), typed, BORN[0], BORN[1], BORN[2]);
      List<WebElement> texts =
          visitor.driver().findElements(By.cssSelector("#notice\\:letter section.notice-text"));
      assertThat(texts).extracting(t -> t.getAttribute("lang")).containsExactly("es", "en");
      assertThat(texts).extracting(t -> t.getAttribute("dir")).containsOnly("ltr");
      assertThat(texts.get(0).getText()).contains(reference);
      assertThat(texts.get(1).getText()).contains(reference);
      assertThat(visitor.driver().getPageSource())
          .doesNotContain("Family" + marker)
          .doesNotContain("Given" + marker);
      visitor.checkAccessibility("notice-page-letter");

      visitor.driver().findElement(By.id("notice:acknowledge")).click();
      await(visitor.driver(), "notice:acknowledged");
      assertThat(visitor.textOf("#notice\\:acknowledged"))
          .isEqualTo("Gracias. Hemos anotado que leyó su carta.");
      visitor.screenshot("notice-page-acknowledged");

      assertThat(visitor.driver().getCurrentUrl()).doesNotContain(reference).doesNotContain("1988");
    }

    List<String> trail = noticePageTrail(caseId);
    assertThat(trail)
        .containsExactlyInAnyOrder(
            "CHECK_DATE_OF_BIRTH",
            "CHECK_DATE_OF_BIRTH",
            "SHOW_NOTICE_PAGE",
            "CHECK_DATE_OF_BIRTH",
            "ACKNOWLEDGE_NOTICE_PAGE");

    // the acknowledgment is a reply of the case, on its timeline as given on the notice page
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.findCase(reference, "SUPERVISION");
      assertThat(supervisor.timelineEntries())
          .filteredOn(entry -> entry.contains("Reply from the person"))
          .singleElement()
          .satisfies(entry -> assertThat(entry).contains("On the notice page", "notice-page"));
    }
  }

  @Test
  void fiveWrongDatesForOneReferenceStopTheRightOneForADay() throws Exception {
    String reference = openCase(marker())[1];

    try (ConsoleUser visitor = new ConsoleUser("en")) {
      visitor.open("notice.xhtml");
      for (int day = 1; day <= 5; day++) {
        submit(visitor.driver(), reference, String.valueOf(day), "1", "1970");
        assertThat(visitor.textOf("#notice\\:not-matched"))
            .isEqualTo(
                "We could not find a letter for this reference and date of birth. Check both and"
                    + " try again.");
      }

      submit(visitor.driver(), reference, BORN[0], BORN[1], BORN[2]);

      assertThat(visitor.textOf("#notice\\:too-many-tries"))
          .startsWith("There were too many tries.");
      assertThat(visitor.driver().findElements(By.id("notice:letter"))).isEmpty();
      visitor.checkAccessibility("notice-page-too-many-tries");
    }
  }

  @Test
  void anUnknownReferenceIsAnsweredLikeAWrongDate() {
    try (ConsoleUser visitor = new ConsoleUser("en")) {
      visitor.open("notice.xhtml");
      submit(visitor.driver(), "OC-0000-0000", BORN[0], BORN[1], BORN[2]);
      assertThat(visitor.textOf("#notice\\:not-matched")).startsWith("We could not find a letter");

      submit(visitor.driver(), "not a reference at all", BORN[0], BORN[1], BORN[2]);
      assertThat(visitor.textOf("#notice\\:not-matched")).startsWith("We could not find a letter");

      submit(visitor.driver(), "OC-0000-0000", "31", "2", "1990");
      assertThat(visitor.textOf("#notice\\:date-error")).isEqualTo("Enter a real date of birth.");
    }
  }

  private static void submit(
      WebDriver driver, String reference, String day, String month, String year) {
    type(driver, "notice:reference", reference);
    type(driver, "notice:day", day);
    type(driver, "notice:month", month);
    type(driver, "notice:year", year);
    WebElement show = driver.findElement(By.id("notice:show"));
    show.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> Gone.is(show) && d.findElements(By.id("notice:answer")).size() == 1);
  }

  /**
   * Whether the element belongs to a page that is gone: Chromium says so as a stale element, or,
   * when asked in the middle of the navigation, as a node that is not in the document.
   */
  private static void type(WebDriver driver, String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private static void await(WebDriver driver, String id) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id(id)).isEmpty());
  }

  private static String marker() {
    return "np" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fictitious person of the people fixture with an open case: {id, reference}. */
  private static String[] openCase(String marker) throws Exception {
    HttpResponse<String> response = Fixtures.post("people?custody=RELEASED&marker=" + marker);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** The actions the notice page wrote on the person's audit trail, read as a supervisor. */
  private static List<String> noticePageTrail(String caseId) throws Exception {
    Matcher person =
        Pattern.compile("\"personId\"\\s*:\\s*\"([0-9a-f-]{36})\"")
            .matcher(getAsSupervisor("api/cases/" + caseId + "?purpose=SUPERVISION"));
    assertThat(person.find()).as("the case names its person").isTrue();
    Matcher events =
        Pattern.compile(
                "\"actor\"\\s*:\\s*\"notice-page\"\\s*,\\s*\"action\"\\s*:\\s*\"([A-Z_]+)\"")
            .matcher(getAsSupervisor("api/people/" + person.group(1) + "/audit"));
    List<String> actions = new ArrayList<>();
    while (events.find()) {
      actions.add(events.group(1));
    }
    return actions;
  }

  private static String getAsSupervisor(String path) throws Exception {
    String credentials = TestStaff.SUPERVISOR + ":" + TestStaff.PASSWORD;
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl() + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
