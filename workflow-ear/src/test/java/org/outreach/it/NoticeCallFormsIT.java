package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.it.support.Inputs.setInput;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * The pages of the two delivery tasks a caseworker of the release and removal teams works by hand,
 * in a real headless Chromium: a call to a released person whose only safe way to be reached is
 * their phone, and a notice through the partner organisation in touch with a removed person who has
 * no attorney. A rule broken is said next to its field and stores nothing; a valid record completes
 * the task, the deliver-notice process goes on with the outcome, and the database holds the number,
 * the note and the partner's name sealed.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeCallFormsIT {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
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
  void aCaseworkerCallsAReleasedPersonOnTheirSafeNumberAndTheNoticeIsProven() throws Exception {
    String marker = "k" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseOfPerson("RELEASED", marker, "");
    String caseId = opened[0];
    String reference = opened[1];
    String phone;

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.NOTICE_CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      // the summary shows what a call needs: the name, the languages, the safe number only
      assertThat(caseworker.textOf("h1")).isEqualTo("Call the person");
      assertThat(caseworker.textOf(".person-name"))
          .isEqualTo("Given" + marker + " Family" + marker);
      phone = caseworker.textOf(".contact-point .contact-value");
      assertThat(phone).startsWith("+1202555");
      assertThat(caseworker.driver().getPageSource())
          .doesNotContain("unsafe-" + marker)
          .doesNotContain("work:call-record");
      caseworker.checkAccessibility("call-task");

      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      String now = page.findElement(By.id("work:call-when")).getAttribute("max");

      // a call in the future is refused beside its field, and nothing is stored
      choose(page, "call-outcome", "NOTIFIED");
      setInput(page, "work:call-when", LocalDateTime.parse(now, INPUT).plusDays(2).format(INPUT));
      chooseLabelled(page, ".call-phones label", phone);
      new Select(page.findElement(By.id("work:call-language"))).selectByValue("es");
      tick(page, "work:call-read", true);
      submit(page, "work:call-record", "call-when-error");
      assertThat(caseworker.textOf("#call-when-error"))
          .isEqualTo("The call cannot be in the future.");
      assertThat(caseworker.textOf(".console-messages"))
          .contains("The call cannot be in the future.");
      assertThat(page.findElement(By.id("work:call-when")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(facts(caseId)).containsEntry("call.rows", "0").containsEntry("openCallTasks", "1");
      caseworker.scrollTo("#call-when-error");
      caseworker.checkAccessibility("call-form-refused");

      // reached, but without the notice read the person is not notified
      setInput(page, "work:call-when", now);
      chooseLabelled(page, ".call-phones label", phone);
      new Select(page.findElement(By.id("work:call-language"))).selectByValue("es");
      tick(page, "work:call-read", false);
      submit(page, "work:call-record", "call-read-error");
      assertThat(caseworker.textOf("#call-read-error"))
          .startsWith("The person is notified only once the notice was read to them.");
      assertThat(caseworker.textOf("#call-when-error")).isEmpty();

      chooseLabelled(page, ".call-phones label", phone);
      new Select(page.findElement(By.id("work:call-language"))).selectByValue("es");
      tick(page, "work:call-read", true);
      tick(page, "work:call-acknowledged", true);
      WebElement note = page.findElement(By.id("work:call-note"));
      note.clear();
      note.sendKeys(noteMarker + " asked for the letter too");
      caseworker.scrollTo("#work\\:call-record");
      caseworker.checkAccessibility("call-form");
      page.findElement(By.id("work:call-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");
    }

    Map<String, String> facts =
        awaitFacts(caseId, f -> "1".equals(f.get("recordedProven")), noteMarker, phone);
    assertThat(facts)
        .containsEntry("call.rows", "1")
        .containsEntry("call.outcome", "NOTIFIED")
        .containsEntry("call.language", "es")
        .containsEntry("call.notice_read", "true")
        .containsEntry("call.acknowledged", "true")
        .containsEntry("call.call_back_at", "null")
        .containsEntry("call.called_at", "set")
        .containsEntry("call.phone", "sealed")
        .containsEntry("call.note", "sealed")
        .containsEntry("call.recorded_by", TestStaff.NOTICE_CASEWORKER)
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_PHONE_CALL", "1")
        .containsEntry("openCallTasks", "0")
        .containsEntry("deliveryOutcomes", "DELIVERED")
        .containsEntry("recordedProven", "1")
        .containsEntry("recordedFailed", "0")
        .containsEntry("noticeProven", "true")
        .containsEntry("noticeChannel", "PHONE_CALL");
  }

  @Test
  void aCallThatDidNotReachThePersonSaysWhenToCallBackInTheCaseworkersLanguage() throws Exception {
    String marker = "b" + UUID.randomUUID().toString().substring(0, 7);
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseOfPerson("RELEASED", marker, "");
    String caseId = opened[0];
    String reference = opened[1];
    String phone;

    try (ConsoleUser caseworker = new ConsoleUser("es")) {
      caseworker.logIn(TestStaff.NOTICE_CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      phone = caseworker.textOf(".contact-point .contact-value");
      String now = page.findElement(By.id("work:call-when")).getAttribute("max");
      LocalDateTime called = LocalDateTime.parse(now, INPUT);

      // a call-back before the call is refused in Spanish beside its field
      choose(page, "call-outcome", "NOT_REACHED");
      setInput(page, "work:call-when", now);
      chooseLabelled(page, ".call-phones label", phone);
      setInput(page, "work:call-back", called.minusDays(1).format(INPUT));
      submit(page, "work:call-record", "call-back-error");
      assertThat(caseworker.textOf("#call-back-error"))
          .isEqualTo("La hora para volver a llamar debe ser posterior a la llamada.");
      assertThat(facts(caseId)).containsEntry("call.rows", "0");
      caseworker.scrollTo("#call-back-error");
      caseworker.checkAccessibility("call-form-es-refused");

      chooseLabelled(page, ".call-phones label", phone);
      LocalDateTime callBack = called.plusDays(1).withHour(18).withMinute(30);
      setInput(page, "work:call-back", callBack.format(INPUT));
      WebElement note = page.findElement(By.id("work:call-note"));
      note.clear();
      note.sendKeys(noteMarker + " su hermana contestó");
      page.findElement(By.id("work:call-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages"))
          .contains("La tarea sigue con usted y vence el")
          .contains("18:30");
      caseworker.checkAccessibility("call-form-es-call-back");

      // the call task stays open with the caseworker, due at the call-back time; no failure yet
      Map<String, String> waiting =
          awaitFacts(caseId, f -> "1".equals(f.get("call.rows")), noteMarker, phone);
      assertThat(waiting)
          .containsEntry("openCallTasks", "1")
          .containsEntry(
              "callTaskDue", callBack.atZone(ZoneId.systemDefault()).toInstant().toString())
          .containsEntry("callTaskAssignee", TestStaff.NOTICE_CASEWORKER)
          .containsEntry("call.call_back_at", "set")
          .containsEntry("call.note", "sealed")
          .containsEntry("deliveryOutcomes", "")
          .containsEntry("recordedFailed", "0");

      // the case's timeline shows the call-back as a date and time of the console, in Spanish
      caseworker.open("cases/case.xhtml?case=" + reference);
      String shownCallBack =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
              .withLocale(Locale.forLanguageTag("es"))
              .format(callBack);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(entry -> assertThat(entry).contains(noteMarker).contains(shownCallBack));

      // called back and not reached again, with no new time: the channel has failed
      assertThat(caseworker.seesTaskOf(reference)).isTrue();
      caseworker.openTaskOf(reference);
      choose(page, "call-outcome", "NOT_REACHED");
      setInput(
          page, "work:call-when", page.findElement(By.id("work:call-when")).getAttribute("max"));
      chooseLabelled(page, ".call-phones label", phone);
      page.findElement(By.id("work:call-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Tarea completada.");
    }

    Map<String, String> facts =
        awaitFacts(caseId, f -> "1".equals(f.get("recordedFailed")), noteMarker, phone);
    assertThat(facts)
        .containsEntry("call.rows", "2")
        .containsEntry("call.outcome", "NOT_REACHED")
        .containsEntry("call.language", "null")
        .containsEntry("call.notice_read", "false")
        .containsEntry("call.acknowledged", "false")
        .containsEntry("call.phone", "sealed")
        .containsEntry("call.call_back_at", "null")
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_PHONE_CALL", "2")
        .containsEntry("openCallTasks", "0")
        .containsEntry("deliveryOutcomes", "FAILED")
        .containsEntry("recordedFailed", "1")
        .containsEntry("recordedProven", "0");
  }

  @Test
  void aCaseworkerRecordsThatThePartnerOrganisationConfirmedTheNotice() throws Exception {
    String marker = "p" + UUID.randomUUID().toString().substring(0, 7);
    String partner = "Partner " + marker;
    String[] opened = caseOfPerson("REMOVED", marker, "&reach=partner");
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.NOTICE_CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Notify through the partner organisation");
      assertThat(caseworker.textOf(".person-name"))
          .isEqualTo("Given" + marker + " Family" + marker);
      assertThat(caseworker.driver().getPageSource()).contains(partner);
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      String today = page.findElement(By.id("work:partner-asked")).getAttribute("max");
      LocalDate day = LocalDate.parse(today);

      // delivered needs the day the partner confirmed it
      chooseLabelled(page, ".partner-names label", partner);
      setInput(page, "work:partner-asked", today);
      choose(page, "partner-outcome", "CONFIRMED");
      submit(page, "work:partner-record", "partner-confirmed-error");
      assertThat(caseworker.textOf("#partner-confirmed-error"))
          .isEqualTo("Enter the day the partner confirmed the delivery.");
      assertThat(facts(caseId))
          .containsEntry("partner.rows", "0")
          .containsEntry("openPartnerTasks", "1");
      caseworker.scrollTo("#partner-confirmed-error");
      caseworker.checkAccessibility("partner-form-refused");

      // a confirmation before the day asked is refused too
      chooseLabelled(page, ".partner-names label", partner);
      setInput(page, "work:partner-asked", today);
      setInput(page, "work:partner-confirmed", day.minusDays(1).toString());
      submit(page, "work:partner-record", "partner-confirmed-error");
      assertThat(caseworker.textOf("#partner-confirmed-error"))
          .isEqualTo("The confirmation cannot come before the day you asked.");

      chooseLabelled(page, ".partner-names label", partner);
      setInput(page, "work:partner-asked", today);
      setInput(page, "work:partner-confirmed", today);
      caseworker.checkAccessibility("partner-form");
      page.findElement(By.id("work:partner-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");
    }

    Map<String, String> facts =
        awaitFacts(caseId, f -> "1".equals(f.get("recordedProven")), marker);
    assertThat(facts)
        .containsEntry("partner.rows", "1")
        .containsEntry("partner.outcome", "CONFIRMED")
        .containsEntry("partner.partner", "sealed")
        .containsEntry("partner.recorded_by", TestStaff.NOTICE_CASEWORKER)
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_PARTNER_NOTICE", "1")
        .containsEntry("openPartnerTasks", "0")
        .containsEntry("deliveryOutcomes", "DELIVERED")
        .containsEntry("recordedProven", "1")
        .containsEntry("noticeProven", "true")
        .containsEntry("noticeChannel", "PARTNER_ORGANISATION");
    assertThat(facts.get("partner.asked_on")).isEqualTo(facts.get("partner.confirmed_on"));
  }

  /** Picks the radio button of the field with the value. */
  private static void choose(WebDriver page, String field, String value) {
    page.findElement(By.cssSelector("input[name='work:" + field + "'][value='" + value + "']"))
        .click();
  }

  /** Clicks the label, among those the selector finds, that contains the text. */
  private static void chooseLabelled(WebDriver page, String selector, String text) {
    page.findElements(By.cssSelector(selector)).stream()
        .filter(label -> label.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No choice " + text))
        .click();
  }

  private static void tick(WebDriver page, String id, boolean on) {
    WebElement box = page.findElement(By.id(id));
    if (box.isSelected() != on) {
      box.click();
    }
  }

  /** Presses the button and waits until the page shows again with a message at the field. */
  private static void submit(WebDriver page, String button, String errorId) {
    WebElement pressed = page.findElement(By.id(button));
    pressed.click();
    new WebDriverWait(page, WAIT).until(Gone.of(pressed));
    new WebDriverWait(page, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !d.findElements(By.id(errorId)).isEmpty()
                    && !d.findElement(By.id(errorId)).getText().isBlank());
  }

  /** A case of a fictitious person whose values carry the marker: its id and reference. */
  private static String[] caseOfPerson(String custody, String marker, String more)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Fixtures.post("people?custody=" + custody + "&marker=" + marker + more);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().split(" ");
  }

  /** The facts once {@code done} holds, or after a minute what they are then. */
  private static Map<String, String> awaitFacts(
      String caseId, Predicate<Map<String, String>> done, String... markers) throws Exception {
    Map<String, String> facts = facts(caseId, markers);
    for (int wait = 0; wait < 120 && !done.test(facts); wait++) {
      Thread.sleep(500);
      facts = facts(caseId, markers);
    }
    return facts;
  }

  /** What the server holds about the case's calls and partner notices (DeliveryFixtureServlet). */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("/outreach-it-fixtures/deliveries?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(query.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> facts = new HashMap<>();
    for (String line : response.body().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        facts.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return facts;
  }
}
