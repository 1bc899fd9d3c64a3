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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;
import org.outreach.it.support.TravelFixtureServlet;
import org.outreach.processes.ReturnTravelProcess;

/**
 * The pages of the four return-travel tasks a caseworker of the removal team works, in a real
 * headless Chromium, each on the case of a removed person brought to its task through the engine:
 * the wish to return (a consulate posted as the contact is refused beside the field), the travel
 * document or parole (in Spanish), the booking and the arrival. A rule broken is said next to its
 * field and stores nothing; a valid record completes the task, the return-travel process goes on
 * with the answer alone, the database holds the contact, issuer, carrier, places, reference and
 * notes sealed, and the case view shows the step on its timeline (the arrival still after a key
 * rotation re-sealed it).
 */
@ExtendWith(ArquillianExtension.class)
class TravelFormsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void theWishToReturnGoesThroughAPartnerAndAConsulatePostedAsTheContactIsRefused()
      throws Exception {
    String marker = "w" + UUID.randomUUID().toString().substring(0, 7);
    String contact = "CONTACTMARK" + marker;
    String organisation = "ORGMARK" + marker + " Casa Alianza";
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseAt(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, marker);
    String caseId = opened[0];
    String reference = opened[1];
    String today;

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TravelFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Confirm the wish to return");
      // the summary of the person the step needs; the form only for whoever holds the task
      assertThat(caseworker.textOf(".task-columns")).contains("Family" + marker);
      assertThat(caseworker.driver().getPageSource()).doesNotContain("work:wish-record");
      caseworker.checkAccessibility("travel-wish-task");

      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      // a government or its consulate is offered nowhere
      assertThat(
              page.findElements(By.cssSelector("input[name='work:wish-contact-kind']")).stream()
                  .map(radio -> radio.getAttribute("value"))
                  .toList())
          .containsExactly("COUNSEL", "PARTNER_ORGANISATION");
      today = page.findElement(By.id("work:wish-reached-on")).getAttribute("max");

      // posted anyway, a consulate is refused beside the field by the rules, and nothing is stored
      ((JavascriptExecutor) page)
          .executeScript(
              "const radio = document.querySelector("
                  + "\"input[name='work:wish-contact-kind'][value='PARTNER_ORGANISATION']\");"
                  + " radio.value = 'CONSULATE'; radio.checked = true;");
      type(page, "work:wish-contact-name", contact);
      type(page, "work:wish-contact-organisation", organisation);
      setInput(page, "work:wish-reached-on", today);
      choose(page, "wish-return-wish", "WISHES_TO_RETURN");
      submit(page, "work:wish-record", "wish-contact-kind-error");
      assertThat(caseworker.textOf("#wish-contact-kind-error"))
          .startsWith("Never through the home government or its consulate");
      assertThat(caseworker.textOf(".console-messages"))
          .contains("Never through the home government or its consulate");
      assertThat(facts(caseId))
          .containsEntry("wish.rows", "0")
          .containsEntry("open." + ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, "1");
      caseworker.scrollTo("#wish-contact-kind-error");
      caseworker.checkAccessibility("travel-wish-form-refused");

      // what was typed is still there; the partner chosen
      assertThat(page.findElement(By.id("work:wish-contact-name")).getAttribute("value"))
          .isEqualTo(contact);
      choose(page, "wish-contact-kind", "PARTNER_ORGANISATION");
      choose(page, "wish-return-wish", "WISHES_TO_RETURN");
      type(page, "work:wish-note", noteMarker + " wants to travel before January");
      caseworker.scrollTo("#work\\:wish-record");
      caseworker.checkAccessibility("travel-wish-form");
      page.findElement(By.id("work:wish-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");

      caseworker.open("cases/case.xhtml?case=" + reference);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Wish to return confirmed")
                      .contains("Wishes to return")
                      .contains("Partner organisation")
                      .contains(contact + ", " + organisation)
                      .contains(noteMarker));
      caseworker.scrollTo(".timeline-table");
      caseworker.screenshot("travel-wish-timeline");
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("open." + ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS)),
            contact,
            organisation,
            noteMarker,
            marker);
    assertThat(facts)
        .containsEntry("wish.rows", "1")
        .containsEntry("wish.contact_kind", "PARTNER_ORGANISATION")
        .containsEntry("wish.contact_name", "sealed")
        .containsEntry("wish.contact_organisation", "sealed")
        .containsEntry("wish.return_wish", "WISHES_TO_RETURN")
        .containsEntry("wish.reached_on", today)
        .containsEntry("wish.note", "sealed")
        .containsEntry("wish.issued_by", "null")
        .containsEntry("wish.booking_reference", "null")
        .containsEntry("wish.recorded_by", TravelFixtureServlet.CASEWORKER)
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_RETURN_TRAVEL", "1")
        .containsEntry("returnWishes", "WISHES_TO_RETURN")
        .containsEntry("open." + ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, "0")
        .containsEntry("open." + ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS, "1");
  }

  @Test
  void paroleValidOnlyOnTheDayItWasIssuedIsRefusedInTheCaseworkersLanguage() throws Exception {
    String marker = "d" + UUID.randomUUID().toString().substring(0, 7);
    String issuer = "ISSUERMARK" + marker;
    String contact = "CONTACTMARK" + marker;
    String[] opened = caseAt(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS, marker);
    String caseId = opened[0];
    String reference = opened[1];
    String today;
    String validUntil;

    try (ConsoleUser caseworker = new ConsoleUser("es")) {
      caseworker.logIn(TravelFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Tramitar los documentos de viaje");
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      today = page.findElement(By.id("work:documents-issued-on")).getAttribute("max");
      validUntil = LocalDate.parse(today).plusDays(90).toString();

      choose(page, "documents-document-kind", "PAROLE");
      type(page, "work:documents-issued-by", issuer);
      setInput(page, "work:documents-issued-on", today);
      setInput(page, "work:documents-valid-until", today);
      choose(page, "documents-contact-kind", "COUNSEL");
      type(page, "work:documents-contact-name", contact);
      submit(page, "work:documents-record", "documents-valid-until-error");
      assertThat(caseworker.textOf("#documents-valid-until-error"))
          .isEqualTo("Debe ser válido hasta un día posterior al de emisión.");
      assertThat(facts(caseId)).containsEntry("documents.rows", "0");
      caseworker.scrollTo("#documents-valid-until-error");
      caseworker.checkAccessibility("travel-documents-form-es-refused");

      setInput(page, "work:documents-valid-until", validUntil);
      caseworker.scrollTo("#work\\:documents-record");
      caseworker.checkAccessibility("travel-documents-form-es");
      page.findElement(By.id("work:documents-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Tarea completada.");

      caseworker.open("cases/case.xhtml?case=" + reference);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Documento de viaje o parole gestionado")
                      .contains("Parole")
                      .contains(issuer)
                      .contains(shownDay(validUntil, "es"))
                      .contains("Abogado")
                      .contains(contact));
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("open." + ReturnTravelProcess.TASK_BOOK_TRAVEL)),
            issuer,
            contact,
            marker);
    assertThat(facts)
        .containsEntry("documents.rows", "1")
        .containsEntry("documents.document_kind", "PAROLE")
        .containsEntry("documents.issued_by", "sealed")
        .containsEntry("documents.issued_on", today)
        .containsEntry("documents.valid_until", validUntil)
        .containsEntry("documents.contact_kind", "COUNSEL")
        .containsEntry("documents.contact_name", "sealed")
        .containsEntry("documents.contact_organisation", "null")
        .containsEntry("documents.note", "null")
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_RETURN_TRAVEL", "1")
        .containsEntry("open." + ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS, "0")
        .containsEntry("open." + ReturnTravelProcess.TASK_BOOK_TRAVEL, "1");
  }

  @Test
  void aBookingKeepsCarrierPlacesAndReferenceSealed() throws Exception {
    String marker = "b" + UUID.randomUUID().toString().substring(0, 7);
    String carrier = "CARRIERMARK" + marker + " Air";
    String from = "FROMMARK" + marker + " San Pedro Sula";
    String to = "TOMARK" + marker + " Houston";
    String bookingReference = "REF" + marker.toUpperCase(Locale.ROOT);
    String contact = "CONTACTMARK" + marker;
    String[] opened = caseAt(ReturnTravelProcess.TASK_BOOK_TRAVEL, marker);
    String caseId = opened[0];
    String reference = opened[1];
    String departure = LocalDate.now().plusDays(7).toString();

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TravelFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Book the travel");
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();

      // arriving where one leaves from is refused beside the destination
      type(page, "work:booking-carrier", carrier);
      setInput(page, "work:booking-departure-on", departure);
      type(page, "work:booking-from-place", from);
      type(page, "work:booking-to-place", from.toUpperCase(Locale.ROOT));
      type(page, "work:booking-booking-reference", bookingReference);
      choose(page, "booking-contact-kind", "PARTNER_ORGANISATION");
      type(page, "work:booking-contact-name", contact);
      type(page, "work:booking-contact-organisation", "Partner " + marker);
      submit(page, "work:booking-record", "booking-to-place-error");
      assertThat(caseworker.textOf("#booking-to-place-error"))
          .isEqualTo("The person cannot arrive where they leave from.");
      assertThat(facts(caseId)).containsEntry("booking.rows", "0");
      caseworker.scrollTo("#booking-to-place-error");
      caseworker.checkAccessibility("travel-booking-form-refused");

      type(page, "work:booking-to-place", to);
      caseworker.scrollTo("#work\\:booking-record");
      caseworker.checkAccessibility("travel-booking-form");
      page.findElement(By.id("work:booking-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");

      caseworker.open("cases/case.xhtml?case=" + reference);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Travel booked")
                      .contains(carrier)
                      .contains(shownDay(departure, "en"))
                      .contains(from)
                      .contains(to)
                      .contains(bookingReference));
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("open." + ReturnTravelProcess.TASK_CONFIRM_ARRIVAL)),
            carrier,
            from,
            to,
            bookingReference,
            contact,
            marker);
    assertThat(facts)
        .containsEntry("booking.rows", "1")
        .containsEntry("booking.carrier", "sealed")
        .containsEntry("booking.departure_on", departure)
        .containsEntry("booking.from_place", "sealed")
        .containsEntry("booking.to_place", "sealed")
        .containsEntry("booking.booking_reference", "sealed")
        .containsEntry("booking.contact_kind", "PARTNER_ORGANISATION")
        .containsEntry("booking.contact_name", "sealed")
        .containsEntry("booking.contact_organisation", "sealed")
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_RETURN_TRAVEL", "1")
        .containsEntry("open." + ReturnTravelProcess.TASK_BOOK_TRAVEL, "0")
        .containsEntry("open." + ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, "1");
  }

  @Test
  void theArrivalConfirmedThroughCounselEndsReturnTravelOnTheCase() throws Exception {
    String marker = "a" + UUID.randomUUID().toString().substring(0, 7);
    String contact = "CONTACTMARK" + marker;
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseAt(ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, marker);
    String caseId = opened[0];
    String reference = opened[1];
    String today;

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TravelFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Confirm the arrival");
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      today = page.findElement(By.id("work:arrival-arrival-on")).getAttribute("max");

      // an arrival in the future is refused beside its field
      choose(page, "arrival-arrival-outcome", "ARRIVED");
      setInput(page, "work:arrival-arrival-on", LocalDate.parse(today).plusDays(3).toString());
      choose(page, "arrival-contact-kind", "COUNSEL");
      type(page, "work:arrival-contact-name", contact);
      type(page, "work:arrival-contact-organisation", "Firm " + marker);
      submit(page, "work:arrival-record", "arrival-arrival-on-error");
      assertThat(caseworker.textOf("#arrival-arrival-on-error"))
          .isEqualTo("The day cannot be in the future.");
      assertThat(facts(caseId)).containsEntry("arrival.rows", "0");
      caseworker.scrollTo("#arrival-arrival-on-error");
      caseworker.checkAccessibility("travel-arrival-form-refused");

      setInput(page, "work:arrival-arrival-on", today);
      type(page, "work:arrival-note", noteMarker + " met at the airport");
      caseworker.scrollTo("#work\\:arrival-record");
      caseworker.checkAccessibility("travel-arrival-form");
      page.findElement(By.id("work:arrival-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");

      caseworker.open("cases/case.xhtml?case=" + reference);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Arrival confirmed")
                      .contains("Arrived")
                      .contains(shownDay(today, "en"))
                      .contains("Counsel")
                      .contains(contact));
      caseworker.scrollTo(".timeline-table");
      caseworker.screenshot("travel-arrival-timeline");

      // a key rotation re-seals the record, which still reads on the timeline
      String newKey = "tr" + (System.nanoTime() % 100_000);
      HttpResponse<String> rotated = Fixtures.post("travel?case=" + caseId + "&rotate=" + newKey);
      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      assertThat(rotated.body())
          .contains("currentKey=" + newKey + "\n")
          .contains("caseKeys=" + newKey + "\n")
          .contains("otherKeys=0\n")
          .doesNotContain("travelRecordsReEncrypted=0\n");
      caseworker.open("cases/case.xhtml?case=" + reference);
      assertThat(caseworker.timelineEntries())
          .anySatisfy(
              entry ->
                  assertThat(entry)
                      .contains("Arrival confirmed")
                      .contains(contact)
                      .contains(noteMarker));
    }

    Map<String, String> facts =
        awaitFacts(caseId, f -> "1".equals(f.get("returnRecorded")), contact, noteMarker, marker);
    assertThat(facts)
        .containsEntry("arrival.rows", "1")
        .containsEntry("arrival.arrival_outcome", "ARRIVED")
        .containsEntry("arrival.arrival_on", today)
        .containsEntry("arrival.contact_kind", "COUNSEL")
        .containsEntry("arrival.contact_name", "sealed")
        .containsEntry("arrival.note", "sealed")
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_RETURN_TRAVEL", "1")
        .containsEntry("arrivalOutcomes", "ARRIVED")
        .containsEntry("open." + ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, "0")
        .containsEntry("returnRecorded", "1")
        .containsEntry("returnTravelEnded", ReturnTravelProcess.END_RETURN_RECORDED);
  }

  /** Picks the radio button of the field with the value. */
  private static void choose(WebDriver page, String field, String value) {
    page.findElement(By.cssSelector("input[name='work:" + field + "'][value='" + value + "']"))
        .click();
  }

  private static void type(WebDriver page, String id, String text) {
    WebElement input = page.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
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

  /**
   * A case of a fictitious removed person reached through a partner, whose values carry the marker,
   * brought to the task: its id and reference.
   */
  private static String[] caseAt(String task, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> opened =
        Fixtures.post("people?custody=REMOVED&reach=partner&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String[] caseOf = opened.body().split(" ");
    HttpResponse<String> brought = Fixtures.post("travel?case=" + caseOf[0] + "&to=" + task);
    assertThat(brought.statusCode()).as(brought.body()).isEqualTo(204);
    return caseOf;
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

  /** What the server holds about the case's return-travel records (TravelFixtureServlet). */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("/outreach-it-fixtures/travel?case=" + caseId);
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

  /** A day as the timeline shows it to a reader of the language: "Mar 3, 2027", "3 mar 2027". */
  private static String shownDay(String isoDay, String language) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
        .withLocale(java.util.Locale.forLanguageTag(language))
        .format(LocalDate.parse(isoDay));
  }
}
