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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.CourtFixtureServlet;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.CourtAccessProcess;

/**
 * The pages of the three court-access tasks a caseworker of the legal-access team works, in a real
 * headless Chromium, each on a case brought to its task through the engine: the consultation
 * offered and accepted, the consultation scheduled in person (in Spanish), and the notice filed
 * with the court with its filing uploaded. A rule broken is said next to its field and stores
 * nothing; a valid record completes the task and the court-access process goes on; the database
 * holds counsel, the address, the notes, the court and the confirmation sealed, and the filing
 * encrypted as a document of the case.
 */
@ExtendWith(ArquillianExtension.class)
class CourtFormsIT {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** The placeholder of the PDF template, replaced by a marker of the same length. */
  private static final String PLACEHOLDER = "X".repeat(32);

  private static final Path DOCUMENTS =
      Path.of("..", "workflow-ejb", "src", "test", "resources", "documents");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void aCaseworkerRecordsTheConsultationOfferedAndAcceptedAndItIsToBeScheduled() throws Exception {
    String marker = "o" + UUID.randomUUID().toString().substring(0, 7);
    String counsel = "COUNSELMARK" + marker;
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseAt(CourtAccessProcess.TASK_OFFER_CONSULTATION, marker);
    String caseId = opened[0];
    String reference = opened[1];
    String offeredOn;

    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(CourtFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Offer a legal consultation");
      // the form is only for whoever holds the task
      assertThat(caseworker.driver().getPageSource()).doesNotContain("work:offer-record");
      caseworker.checkAccessibility("court-offer-task");

      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      String today = page.findElement(By.id("work:offer-on")).getAttribute("max");
      offeredOn = today;

      // an offer in the future is refused beside its field, and nothing is stored
      type(page, "work:offer-counsel", counsel);
      type(page, "work:offer-organisation", "Firm " + marker);
      setInput(page, "work:offer-on", LocalDate.parse(today).plusDays(3).toString());
      choose(page, "offer-outcome", "ACCEPTED");
      submit(page, "work:offer-record", "offer-on-error");
      assertThat(caseworker.textOf("#offer-on-error"))
          .isEqualTo("The day of the offer cannot be in the future.");
      assertThat(caseworker.textOf(".console-messages"))
          .contains("The day of the offer cannot be in the future.");
      assertThat(page.findElement(By.id("work:offer-on")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(facts(caseId))
          .containsEntry("offer.rows", "0")
          .containsEntry("open." + CourtAccessProcess.TASK_OFFER_CONSULTATION, "1");
      caseworker.scrollTo("#offer-on-error");
      caseworker.checkAccessibility("court-offer-form-refused");

      // what was typed is still there; the day corrected
      assertThat(page.findElement(By.id("work:offer-counsel")).getAttribute("value"))
          .isEqualTo(counsel);
      setInput(page, "work:offer-on", today);
      choose(page, "offer-outcome", "ACCEPTED");
      type(page, "work:offer-note", noteMarker + " prefers an afternoon");
      caseworker.scrollTo("#work\\:offer-record");
      caseworker.checkAccessibility("court-offer-form");
      page.findElement(By.id("work:offer-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("open." + CourtAccessProcess.TASK_SCHEDULE_CONSULTATION)),
            counsel,
            noteMarker,
            marker);
    assertThat(facts)
        .containsEntry("offer.rows", "1")
        .containsEntry("offer.outcome", "ACCEPTED")
        .containsEntry("offer.offered_on", offeredOn)
        .containsEntry("offer.scheduled_at", "null")
        .containsEntry("offer.place", "null")
        .containsEntry("offer.counsel_name", "sealed")
        .containsEntry("offer.counsel_organisation", "sealed")
        .containsEntry("offer.address", "null")
        .containsEntry("offer.note", "sealed")
        .containsEntry("offer.recorded_by", CourtFixtureServlet.CASEWORKER)
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_CONSULTATION", "1")
        .containsEntry("consultationOutcomes", "ACCEPTED")
        .containsEntry("open." + CourtAccessProcess.TASK_OFFER_CONSULTATION, "0")
        .containsEntry("open." + CourtAccessProcess.TASK_SCHEDULE_CONSULTATION, "1");
  }

  @Test
  void aConsultationInPersonNeedsItsAddressSaidInTheCaseworkersLanguage() throws Exception {
    String marker = "s" + UUID.randomUUID().toString().substring(0, 7);
    String address = "ADDRMARK" + marker + " 12 Calle Mayor";
    String noteMarker = "NOTEMARK" + marker;
    String[] opened = caseAt(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION, marker);
    String caseId = opened[0];
    String reference = opened[1];

    try (ConsoleUser caseworker = new ConsoleUser("es")) {
      caseworker.logIn(CourtFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(reference);
      caseworker.openTaskOf(reference);
      assertThat(caseworker.textOf("h1")).isEqualTo("Programar la consulta");
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      String when = LocalDateTime.now().plusDays(2).withHour(15).withMinute(30).format(INPUT);

      // in person without an address is refused in Spanish beside the address
      type(page, "work:schedule-counsel", "Counsel " + marker);
      type(page, "work:schedule-organisation", "Firm " + marker);
      setInput(page, "work:schedule-at", when);
      choose(page, "schedule-place", "IN_PERSON");
      submit(page, "work:schedule-record", "schedule-address-error");
      assertThat(caseworker.textOf("#schedule-address-error"))
          .isEqualTo("Escriba la dirección o el lugar de una consulta en persona.");
      assertThat(facts(caseId)).containsEntry("schedule.rows", "0");
      caseworker.scrollTo("#schedule-address-error");
      caseworker.checkAccessibility("court-schedule-form-es-refused");

      choose(page, "schedule-place", "IN_PERSON");
      type(page, "work:schedule-address", address);
      type(page, "work:schedule-note", noteMarker + " con intérprete");
      caseworker.scrollTo("#work\\:schedule-record");
      caseworker.checkAccessibility("court-schedule-form-es");
      page.findElement(By.id("work:schedule-record")).click();
      new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Tarea completada.");
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("open." + CourtAccessProcess.TASK_FILE_COURT_NOTICE)),
            address,
            noteMarker,
            marker);
    assertThat(facts)
        .containsEntry("schedule.rows", "1")
        .containsEntry("schedule.outcome", "null")
        .containsEntry("schedule.offered_on", "null")
        .containsEntry("schedule.scheduled_at", "set")
        .containsEntry("schedule.place", "IN_PERSON")
        .containsEntry("schedule.counsel_name", "sealed")
        .containsEntry("schedule.counsel_organisation", "sealed")
        .containsEntry("schedule.address", "sealed")
        .containsEntry("schedule.note", "sealed")
        .containsEntry("schedule.recorded_by", CourtFixtureServlet.CASEWORKER)
        .containsEntry("markerStored", "false")
        .containsEntry("audit.RECORD_CONSULTATION", "1")
        .containsEntry("open." + CourtAccessProcess.TASK_SCHEDULE_CONSULTATION, "0")
        .containsEntry("open." + CourtAccessProcess.TASK_FILE_COURT_NOTICE, "1")
        .containsEntry("held.rows", "0");

    // once it has taken place, the case view records the day: not one in the future
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(CourtFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.findCase(reference, "CASEWORK");
      WebDriver page = caseworker.driver();
      assertThat(caseworker.textOf("#consultation-scheduled"))
          .startsWith("A consultation with counsel is scheduled for");
      caseworker.scrollTo("#consultation-heading");
      caseworker.checkAccessibility("case-consultation-held-form");
      setInput(page, "consultation:held-on", LocalDate.parse(today).plusDays(3).toString());
      submit(page, "consultation:held-record", "held-on-error");
      assertThat(caseworker.textOf("#held-on-error")).isEqualTo("The day cannot be in the future.");
      assertThat(page.findElement(By.id("consultation:held-on")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(facts(caseId)).containsEntry("held.rows", "0");

      setInput(page, "consultation:held-on", today);
      WebElement record = page.findElement(By.id("consultation:held-record"));
      record.click();
      new WebDriverWait(page, WAIT).until(Gone.of(record));
      assertThat(caseworker.textOf(".console-messages"))
          .contains("The consultation is recorded as held.");
      assertThat(page.findElements(By.id("consultation:held-record"))).isEmpty();
      assertThat(caseworker.timelineEntries())
          .anySatisfy(entry -> assertThat(entry).contains("Legal consultation held", "Held on"));
      caseworker.screenshot("case-consultation-held");
    }
    assertThat(facts(caseId))
        .containsEntry("held.rows", "1")
        .containsEntry("held.held_on", today)
        .containsEntry("held.recorded_by", CourtFixtureServlet.CASEWORKER)
        .containsEntry("audit.RECORD_CONSULTATION", "2");
  }

  @Test
  void aCaseworkerFilesTheNoticeWithTheCourtAndUploadsTheFilingStoredEncrypted() throws Exception {
    String marker = "f" + UUID.randomUUID().toString().substring(0, 7);
    String documentMarker = documentMarker();
    String confirmation = "EOIR-" + marker.toUpperCase(java.util.Locale.ROOT);
    String court = "COURTMARK" + marker + " Immigration Court";
    String[] opened = caseAt(CourtAccessProcess.TASK_FILE_COURT_NOTICE, marker);
    String caseId = opened[0];
    String reference = opened[1];
    Path filing = Files.createTempFile("court-filing", ".pdf");
    Path notAFiling = Files.createTempFile("court-filing-text", ".pdf");
    Path emptyFiling = Files.createTempFile("court-filing-empty", ".pdf");
    try {
      Files.write(filing, filingWith(documentMarker));
      Files.writeString(notAFiling, "just some text, not a PDF at all\n");

      try (ConsoleUser caseworker = new ConsoleUser()) {
        caseworker.logIn(CourtFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
        caseworker.awaitTaskOf(reference);
        caseworker.openTaskOf(reference);
        assertThat(caseworker.textOf("h1")).isEqualTo("File the notice with the court");
        assertThat(caseworker.driver().getPageSource()).doesNotContain("work:filing-record");
        caseworker.claimOnTaskPage();
        WebDriver page = caseworker.driver();
        assertThat(page.findElement(By.id("work")).getAttribute("enctype"))
            .isEqualTo("multipart/form-data");
        String today = page.findElement(By.id("work:filing-on")).getAttribute("max");
        assertThat(caseworker.textOf("#filing-file-hint")).contains("at most 10 MiB");

        // a confirmation number with a space and a slash is refused beside its field
        type(page, "work:filing-court", court);
        setInput(page, "work:filing-on", today);
        type(page, "work:filing-confirmation", "EOIR 2026/" + marker);
        attach(page, filing);
        submit(page, "work:filing-record", "filing-confirmation-error");
        assertThat(caseworker.textOf("#filing-confirmation-error"))
            .isEqualTo("A confirmation number holds letters, digits and dashes only.");
        assertThat(facts(caseId))
            .containsEntry("filing.rows", "0")
            .containsEntry("document.rows", "0");
        caseworker.scrollTo("#filing-confirmation-error");
        caseworker.checkAccessibility("court-filing-form-refused");

        // a file that was chosen but is empty is refused as empty, not as missing
        type(page, "work:filing-confirmation", confirmation);
        attach(page, emptyFiling);
        submit(page, "work:filing-record", "filing-file-error");
        assertThat(caseworker.textOf("#filing-file-error")).isEqualTo("The file is empty.");
        assertThat(facts(caseId))
            .containsEntry("filing.rows", "0")
            .containsEntry("document.rows", "0");

        // a text file named .pdf is refused by its content, and nothing is stored
        attach(page, notAFiling);
        submit(page, "work:filing-record", "filing-file-error");
        assertThat(caseworker.textOf("#filing-file-error"))
            .isEqualTo(
                "The file is not a PDF, JPEG or PNG file (its content was checked, not its name).");
        assertThat(caseworker.driver().getPageSource())
            .doesNotContain(notAFiling.getFileName().toString());
        assertThat(facts(caseId))
            .containsEntry("filing.rows", "0")
            .containsEntry("document.rows", "0")
            .doesNotContainKey("audit.STORE_DOCUMENT");
        caseworker.scrollTo("#filing-file-error");
        caseworker.checkAccessibility("court-filing-form-refused-file");

        attach(page, filing);
        caseworker.scrollTo("#work\\:filing-record");
        caseworker.checkAccessibility("court-filing-form");
        page.findElement(By.id("work:filing-record")).click();
        new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
        assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");

        // the case view shows the filing on the timeline and lists the filed document
        caseworker.open("cases/case.xhtml?case=" + reference);
        assertThat(caseworker.timelineEntries())
            .anySatisfy(
                entry ->
                    assertThat(entry)
                        .contains("Notice filed with the court")
                        .contains(court)
                        .contains(confirmation));
        assertThat(caseworker.textOf(".documents-table")).contains("Court filing (PDF");
      }
    } finally {
      Files.deleteIfExists(filing);
      Files.deleteIfExists(notAFiling);
      Files.deleteIfExists(emptyFiling);
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("courtNoticeRecorded")),
            court,
            confirmation,
            documentMarker,
            marker);
    assertThat(facts)
        .containsEntry("filing.rows", "1")
        .containsEntry("filing.court", "sealed")
        .containsEntry("filing.confirmation_number", "sealed")
        .containsEntry("filing.document_id", "set")
        .containsEntry("filing.recorded_by", CourtFixtureServlet.CASEWORKER)
        .containsEntry("document.rows", "1")
        .containsEntry("document.kind", "COURT_FILING")
        .containsEntry("document.media_type", "application/pdf")
        .containsEntry("document.content", "sealed")
        .containsEntry("document.filed", "true")
        .containsEntry("markerStored", "false")
        .containsEntry("markerInDocument", "false")
        .containsEntry("audit.STORE_DOCUMENT", "1")
        .containsEntry("audit.RECORD_COURT_FILING", "1")
        .containsEntry("open." + CourtAccessProcess.TASK_FILE_COURT_NOTICE, "0")
        .containsEntry("courtNoticeRecorded", "1");
    assertThat(facts.get("filing.filed_on")).isNotEqualTo("null");
    assertThat(Long.parseLong(facts.get("document.size")))
        .isGreaterThan(Files.size(DOCUMENTS.resolve("receipt-template.pdf")));
    Map<String, String> ended = awaitFacts(caseId, f -> !f.get("courtAccessEnded").isEmpty());
    assertThat(ended.get("courtAccessEnded")).isEqualTo(CourtAccessProcess.END_COURT_NOTICE_FILED);
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

  /** Chooses a file in the file input, as the file picker would. */
  private static void attach(WebDriver page, Path file) {
    page.findElement(By.id("work:filing-file")).sendKeys(file.toAbsolutePath().toString());
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
   * A case of a fictitious released person whose values carry the marker, brought to the task: its
   * id and reference.
   */
  private static String[] caseAt(String task, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> opened = Fixtures.post("people?custody=RELEASED&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String[] caseOf = opened.body().split(" ");
    HttpResponse<String> brought = Fixtures.post("court?case=" + caseOf[0] + "&to=" + task);
    assertThat(brought.statusCode()).as(brought.body()).isEqualTo(204);
    return caseOf;
  }

  /** A distinctive marker as long as the PDF template's placeholder, new for each run. */
  private static String documentMarker() {
    String letters = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    StringBuilder marker = new StringBuilder("FILEMARK");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (marker.length() < PLACEHOLDER.length()) {
      marker.append(letters.charAt(random.nextInt(letters.length())));
    }
    return marker.toString();
  }

  /** The uncompressed PDF template with the marker where its placeholder was. */
  private static byte[] filingWith(String marker) throws IOException {
    String template =
        new String(
            Files.readAllBytes(DOCUMENTS.resolve("receipt-template.pdf")),
            StandardCharsets.ISO_8859_1);
    assertThat(template).contains(PLACEHOLDER);
    return template.replace(PLACEHOLDER, marker).getBytes(StandardCharsets.ISO_8859_1);
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

  /** What the server holds about the case's court-access records (CourtFixtureServlet). */
  private static Map<String, String> facts(String caseId, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("/outreach-it-fixtures/court?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
    }
    return get(query.toString());
  }

  /** The {@code key=value} lines a fixture answers. */
  private static Map<String, String> get(String query) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(query)).build(),
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
