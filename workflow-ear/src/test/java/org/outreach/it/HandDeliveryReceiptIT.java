package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.it.support.Inputs.setInput;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.ReceiptPdfs;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.DeliverNoticeProcess;

/**
 * The hand delivery of the notice in custody, in a real headless Chromium, worked by a caseworker
 * of the detention team from the worklist: the notice printed from the task's page (a PDF, its
 * handing out audited with the task as its reason, refused to a caseworker of another team), then
 * the visit recorded with the signed receipt uploaded. A receipt missing, a renamed executable, an
 * empty file and a file of 20 MiB are each refused beside the upload and write nothing; a real PDF
 * completes the task, and the case view lists the receipt, whose download is audited. The database
 * and the server's files never hold the receipt in clear.
 */
@ExtendWith(ArquillianExtension.class)
class HandDeliveryReceiptIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final String UNSUPPORTED =
      "The file is not a PDF, JPEG or PNG file (its content was checked, not its name).";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffAndApprovedTexts() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
  }

  @Test
  void aCaseworkerPrintsTheNoticeAndRecordsTheSignedReceiptUploadedAndStoredEncrypted()
      throws Exception {
    String marker = "h" + UUID.randomUUID().toString().substring(0, 7);
    String documentMarker = ReceiptPdfs.marker("RCPTMARK");
    HttpResponse<String> opened = Fixtures.post("people?custody=DETAINED&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String caseId = opened.body().split(" ")[0];
    String reference = opened.body().split(" ")[1];
    Path dir = Files.createTempDirectory("hand-delivery");
    Path receipt = dir.resolve("receipt-signed.pdf");
    Path executable = dir.resolve("receipt.pdf");
    Path empty = dir.resolve("empty-receipt.pdf");
    Path huge = dir.resolve("huge-receipt.pdf");
    byte[] receiptBytes = ReceiptPdfs.with(documentMarker);
    try {
      Files.write(receipt, receiptBytes);
      Files.write(executable, executableBytes());
      Files.write(empty, new byte[0]);
      writeTwentyMebibytes(huge);

      try (ConsoleUser caseworker = new ConsoleUser()) {
        caseworker.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
        caseworker.awaitTaskOf(reference);
        caseworker.openTaskOf(reference);
        assertThat(caseworker.textOf("h1")).isEqualTo("Hand-deliver the notice in custody");
        caseworker.claimOnTaskPage();
        WebDriver page = caseworker.driver();
        assertThat(page.findElement(By.id("work")).getAttribute("enctype"))
            .isEqualTo("multipart/form-data");
        assertThat(caseworker.textOf("#delivery-receipt-hint")).contains("At most 10 MiB");
        caseworker.scrollTo("#delivery-notice-hint");
        caseworker.screenshot("hand-delivery-receipt-form");

        // the notice to print: a PDF for this person, handed out to whoever may see the case
        String noticeHref = page.findElement(By.id("work:delivery-notice")).getAttribute("href");
        String taskId = noticeHref.replaceAll(".*/api/tasks/([^/]+)/custody-notice$", "$1");
        assertThat(taskId).isNotEqualTo(noticeHref).doesNotContain(marker);
        HttpResponse<byte[]> notice =
            download(TestStaff.OTHER_TEAM_CASEWORKER, URI.create(noticeHref));
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(notice.headers().firstValue("Content-Disposition").orElse(""))
            .matches("attachment; filename=\"custody-notice-[0-9a-f-]{36}\\.pdf\"");
        assertThat(new String(Arrays.copyOf(notice.body(), 5), StandardCharsets.ISO_8859_1))
            .isEqualTo("%PDF-");
        assertThat(facts(caseId))
            .containsEntry("audit.DOWNLOAD_CUSTODY_NOTICE", "1")
            .containsEntry("auditReason.DOWNLOAD_CUSTODY_NOTICE", "task:" + taskId);
        // a caseworker of a team without a task on the case is answered as if there were none
        assertThat(download(TestStaff.CASEWORKER, URI.create(noticeHref)).statusCode())
            .isEqualTo(404);
        assertThat(facts(caseId)).containsEntry("audit.DOWNLOAD_CUSTODY_NOTICE", "1");

        // a signed receipt needs its upload
        String now = page.findElement(By.id("work:delivery-when")).getAttribute("max");
        choose(page, "RECEIPT_SIGNED");
        setInput(page, "work:delivery-when", now);
        submit(page, "delivery-receipt-error");
        assertThat(caseworker.textOf("#delivery-receipt-error"))
            .isEqualTo("Upload the signed receipt.");
        assertThat(page.findElement(By.id("work:delivery-receipt")).getAttribute("aria-invalid"))
            .isEqualTo("true");
        assertNothingWritten(caseId);
        caseworker.scrollTo("#delivery-receipt-error");
        caseworker.screenshot("hand-delivery-receipt-missing");

        // an executable renamed receipt.pdf is refused by its content
        choose(page, "RECEIPT_SIGNED");
        attach(page, executable);
        submit(page, "delivery-receipt-error");
        assertThat(caseworker.textOf("#delivery-receipt-error")).isEqualTo(UNSUPPORTED);
        assertThat(page.getPageSource()).doesNotContain(executable.getFileName().toString());
        assertNothingWritten(caseId);
        caseworker.scrollTo("#delivery-receipt-error");
        caseworker.screenshot("hand-delivery-receipt-executable");

        // an empty file
        choose(page, "RECEIPT_SIGNED");
        attach(page, empty);
        submit(page, "delivery-receipt-error");
        assertThat(caseworker.textOf("#delivery-receipt-error")).isEqualTo("The file is empty.");
        assertNothingWritten(caseId);

        // 20 MiB: the page says so beside the upload before it sends anything
        choose(page, "RECEIPT_SIGNED");
        attach(page, huge);
        WebElement record = page.findElement(By.id("work:delivery-record"));
        record.click();
        new WebDriverWait(page, WAIT)
            .until(
                d ->
                    "The file is larger than 10 MiB."
                        .equals(d.findElement(By.id("delivery-receipt-error")).getText()));
        assertThat(Gone.is(record)).isFalse();
        assertThat(page.findElement(By.id("work:delivery-receipt")).getAttribute("aria-invalid"))
            .isEqualTo("true");
        assertNothingWritten(caseId);
        caseworker.scrollTo("#delivery-receipt-error");
        caseworker.screenshot("hand-delivery-receipt-too-large");

        // a real PDF: recorded, the task completed
        attach(page, receipt);
        caseworker.scrollTo("#work\\:delivery-record");
        caseworker.checkAccessibility("hand-delivery-receipt-chosen");
        page.findElement(By.id("work:delivery-record")).click();
        new WebDriverWait(page, WAIT).until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
        assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");
        assertThat(caseworker.seesTaskOf(reference)).isFalse();

        // the case view lists the receipt and shows the delivery on the timeline
        caseworker.open("cases/case.xhtml?case=" + reference);
        assertThat(caseworker.textOf(".documents-table"))
            .contains("Signed receipt of the notice (PDF");
        assertThat(caseworker.timelineEntries())
            .anySatisfy(
                entry ->
                    assertThat(entry)
                        .contains("Notice handed over in custody")
                        .contains("Delivered, receipt signed")
                        .contains("Uploaded; see the documents of the case"));
        caseworker.scrollTo(".documents-table");
        caseworker.screenshot("hand-delivery-receipt-case-view");
        String documentHref =
            page.findElement(By.cssSelector(".documents-table a.document-link"))
                .getAttribute("href");
        HttpResponse<byte[]> read =
            download(TestStaff.OTHER_TEAM_CASEWORKER, URI.create(documentHref));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(read.body()).isEqualTo(receiptBytes);
      }
    } finally {
      for (Path file : new Path[] {receipt, executable, empty, huge}) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    }

    Map<String, String> facts =
        awaitFacts(
            caseId,
            f -> "1".equals(f.get("recordedProven")),
            documentMarker,
            documentMarker,
            marker);
    assertThat(facts)
        .containsEntry("hand.rows", "1")
        .containsEntry("hand.outcome", "RECEIPT_SIGNED")
        .containsEntry("hand.reason", "null")
        .containsEntry("hand.attempted_at", "set")
        .containsEntry("hand.delivered_by", "Test " + TestStaff.OTHER_TEAM_CASEWORKER)
        .containsEntry("hand.receipt_document_id", facts.get("document.id"))
        .containsEntry("hand.recorded_by", TestStaff.OTHER_TEAM_CASEWORKER)
        .containsEntry("document.rows", "1")
        .containsEntry("document.kind", "HAND_DELIVERY_RECEIPT")
        .containsEntry("document.media_type", "application/pdf")
        .containsEntry("document.content", "sealed")
        .containsEntry("document.ofDelivery", "true")
        .containsEntry("markerStored", "false")
        .containsEntry("markerInDocument", "false")
        .containsEntry("markerInServerFiles", "false")
        .containsEntry("audit.STORE_DOCUMENT", "1")
        .containsEntry("audit.READ_DOCUMENT", "1")
        .containsEntry("auditReason.READ_DOCUMENT", "null")
        .containsEntry("openHandDeliveryTasks", "0")
        .containsEntry("deliveryOutcomes", DeliverNoticeProcess.DELIVERY_DELIVERED)
        .containsEntry("recordedProven", "1");
    assertThat(Long.parseLong(facts.get("document.size"))).isGreaterThan(receiptBytes.length);
  }

  private static void assertNothingWritten(String caseId) throws Exception {
    assertThat(facts(caseId))
        .containsEntry("hand.rows", "0")
        .containsEntry("document.rows", "0")
        .containsEntry("openHandDeliveryTasks", "1")
        .doesNotContainKey("audit.STORE_DOCUMENT");
  }

  private static void choose(WebDriver page, String outcome) {
    page.findElement(By.cssSelector("input[name='work:delivery-outcome'][value='" + outcome + "']"))
        .click();
  }

  /** Chooses a file in the receipt's input, as the file picker would. */
  private static void attach(WebDriver page, Path file) {
    page.findElement(By.id("work:delivery-receipt")).sendKeys(file.toAbsolutePath().toString());
  }

  /** Presses the record button and waits until the page shows again with a message at the field. */
  private static void submit(WebDriver page, String errorId) {
    WebElement pressed = page.findElement(By.id("work:delivery-record"));
    pressed.click();
    new WebDriverWait(page, WAIT).until(Gone.of(pressed));
    new WebDriverWait(page, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !d.findElements(By.id(errorId)).isEmpty()
                    && !d.findElement(By.id(errorId)).getText().isBlank());
  }

  /** A GET through a session of the staff member, as the browser's link would do. */
  private static HttpResponse<byte[]> download(String username, URI address)
      throws IOException, InterruptedException {
    HttpClient session =
        FormLogin.session(URI.create(ItSettings.baseUrl()), username, TestStaff.PASSWORD);
    return session.send(
        HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The start of an ELF executable: what a program renamed {@code receipt.pdf} begins with. */
  private static byte[] executableBytes() {
    byte[] elf = new byte[4096];
    byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(header, 0, elf, 0, header.length);
    for (int i = header.length; i < elf.length; i++) {
      elf[i] = (byte) (i * 31);
    }
    return elf;
  }

  /** 20 MiB that begin like a PDF. */
  private static void writeTwentyMebibytes(Path file) throws IOException {
    byte[] chunk = new byte[1024 * 1024];
    byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 20; i++) {
        Arrays.fill(chunk, (byte) ' ');
        if (i == 0) {
          System.arraycopy(start, 0, chunk, 0, start.length);
        }
        out.write(chunk);
      }
    }
  }

  /** The facts once {@code done} holds, or after a minute what they are then. */
  private static Map<String, String> awaitFacts(
      String caseId, Predicate<Map<String, String>> done, String fileMarker, String... markers)
      throws Exception {
    Map<String, String> facts = facts(caseId, fileMarker, markers);
    for (int wait = 0; wait < 120 && !done.test(facts); wait++) {
      Thread.sleep(500);
      facts = facts(caseId, fileMarker, markers);
    }
    return facts;
  }

  private static Map<String, String> facts(String caseId) throws Exception {
    return facts(caseId, null);
  }

  /** What the server holds about the case's deliveries (DeliveryFixtureServlet). */
  private static Map<String, String> facts(String caseId, String fileMarker, String... markers)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("/outreach-it-fixtures/deliveries?case=" + caseId);
    for (String marker : markers) {
      query.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
    }
    if (fileMarker != null) {
      query.append("&fileMarker=").append(URLEncoder.encode(fileMarker, StandardCharsets.UTF_8));
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
