package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * Prints {@code outreach.bench.letters} letters (6,000 by default) through the real server: people
 * with a safe postal address are imported, their processes queue a letter each in their language
 * (the fifteen campaign languages in turn), then one timed run creates the day's batch (every
 * letter rendered with embedded subset fonts, encrypted and stored) and downloads its merged PDF
 * and manifest. In the same run, while the server is idle, PDFBox writes the same letters with the
 * same fonts embedded as subsets and merges them. Prints letters/s of both and the ratio, and
 * writes them to {@code target/benchmark/letters-<database>.txt}. A smaller batch is printed first
 * to warm both up and to clear any letter left waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersBenchmark {

  private static final List<String> LANGUAGES =
      List.of(
          "en", "es", "fr", "ht", "pt", "ru", "zh", "ar", "fa", "ps", "ti", "ln", "hi", "pa", "tr");
  private static final int WARM_UP = 300;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private HttpClient session;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void printsADaysLettersBesidePdfbox() throws Exception {
    int letters = Integer.getInteger("outreach.bench.letters", 6000);
    String database = System.getProperty("outreach.it.db", "h2");
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    fixture("staff");
    fixture("notice-texts/approved");
    session =
        FormLogin.session(
            URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);

    importPeople(1, WARM_UP);
    awaitWaiting(WARM_UP);
    print();
    peer(WARM_UP);

    importPeople(2, letters);
    awaitWaiting(letters);
    Printed server = print();
    long peerStarted = System.nanoTime();
    PeerRun peer = peer(letters);
    double peerSeconds = (System.nanoTime() - peerStarted) / 1e9;

    double serverRate = server.letters / (server.createSeconds + server.downloadSeconds);
    double peerRate = letters / peerSeconds;
    String report =
        String.format(
            Locale.ROOT,
            "Letters benchmark on %s, %d letters in %d languages, %d cores%n"
                + "  batch created (render, encrypt, store):   %8.1f letters/s (%.1f s, %d pages)%n"
                + "  merged PDF downloaded (%,d bytes):    %8.1f letters/s (%.1f s)%n"
                + "  server, batch and download together:      %8.1f letters/s%n"
                + "  PDFBox peer, same letters and merge:       %8.1f letters/s, %.1f pages/s%n"
                + "  ratio server / PDFBox:                     %8.2f%n",
            database,
            server.letters,
            LANGUAGES.size(),
            Runtime.getRuntime().availableProcessors(),
            server.letters / server.createSeconds,
            server.createSeconds,
            server.pages,
            server.bytes,
            server.letters / server.downloadSeconds,
            server.downloadSeconds,
            serverRate,
            peerRate,
            peer.pages / peerSeconds,
            serverRate / peerRate);
    System.out.println(report);
    Files.writeString(directory.resolve("letters-" + database + ".txt"), report);
    assertThat(server.letters).as("letters printed").isGreaterThanOrEqualTo(letters);
  }

  private record Printed(
      int letters, int pages, long bytes, double createSeconds, double downloadSeconds) {}

  private record PeerRun(int pages, long bytes) {}

  private Printed print() throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> created =
        session.send(
            request(api("letter-batches"))
                .header("X-Requested-By", "outreach-bench")
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long createdAt = System.nanoTime();
    assertThat(created.statusCode()).as("batch: %s", created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    HttpResponse<byte[]> document =
        session.send(
            request(api("letter-batches/" + id.group(1) + "/document"))
                .header("Accept", "application/pdf")
                .timeout(Duration.ofMinutes(30))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> manifest =
        session.send(
            request(api("letter-batches/" + id.group(1) + "/manifest")).build(),
            HttpResponse.BodyHandlers.ofString());
    long downloadedAt = System.nanoTime();
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(manifest.statusCode()).isEqualTo(200);
    return new Printed(
        number(created.body(), "letters"),
        number(created.body(), "pages"),
        document.body().length,
        (createdAt - started) / 1e9,
        (downloadedAt - createdAt) / 1e9);
  }

  private PeerRun peer(int count) {
    try (PdfboxLetters pdfbox = new PdfboxLetters()) {
      List<byte[]> documents = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String language = LANGUAGES.get(i % LANGUAGES.size());
        String reference = String.format(Locale.ROOT, "OC-BNCH-%04d", i);
        List<List<String>> texts = new ArrayList<>();
        texts.add(PdfboxLetters.notice(language, reference));
        if (!language.equals("en")) {
          texts.add(PdfboxLetters.notice("en", reference));
        }
        documents.add(
            pdfbox.letter(
                List.of(
                    "Correspondence Office · PO Box 1100 · Washington, DC 20001",
                    "Given" + i + " Family" + i,
                    i + " Elm Street, Springfield, IL 62704",
                    "Date: 2025-12-01",
                    "Reference: " + reference),
                texts));
      }
      return new PeerRun(pdfbox.pages(), PdfboxLetters.merge(documents));
    }
  }

  /** People released with only a safe postal address: the process's first channel is a letter. */
  private void importPeople(int run, int count) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "a_number,family_name,given_names,alternate_names,date_of_birth,nationality,"
                + "preferred_languages,custody_status,detention_facility,detained_since,"
                + "released_on,removed_to,removed_on,removal_timing,postal_address,"
                + "postal_address_safe,phones,phones_safe,emails,emails_safe,"
                + "partner_organisation,contact_source,contact_as_of,attorney_name,attorney_firm,"
                + "attorney_email,attorney_address,disclosed_to_government,risk_note,"
                + "exposed_fields\n");
    for (int i = 0; i < count; i++) {
      csv.append(String.format(Locale.ROOT, "%09d", 700_000_000 + run * 100_000 + i))
          .append(",Family")
          .append(letters(i))
          .append(",Given")
          .append(letters(i + 7))
          .append(",,1988-03-04,AF,")
          .append(LANGUAGES.get(i % LANGUAGES.size()))
          .append(",RELEASED,,,2025-06-01,,,,")
          .append(i)
          .append(" Elm Street Springfield IL 62704,true,,,,,,,,,,,,,,\n");
    }
    HttpResponse<String> imported =
        session.send(
            request(api("imports"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
                .timeout(Duration.ofMinutes(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as("import: %s", imported.body()).isEqualTo(201);
  }

  /** Waits until at least {@code count} letters wait for a batch. */
  private void awaitWaiting(int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (true) {
      String answer =
          session
              .send(request(api("letter-batches")).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      if (number(answer, "waiting") >= count) {
        return;
      }
      assertThat(System.nanoTime()).as("letters queued within 30 minutes").isLessThan(deadline);
      Thread.sleep(1000);
    }
  }

  private void fixture(String path) throws IOException, InterruptedException {
    URI fixture = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/" + path);
    int status =
        http.send(
                HttpRequest.newBuilder(fixture).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(status).as("fixture %s", path).isEqualTo(204);
  }

  private static String letters(int i) {
    StringBuilder name = new StringBuilder();
    for (int n = i + 26; n > 0; n /= 26) {
      name.append((char) ('a' + n % 26));
    }
    return name.toString();
  }

  private static int number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + field + " in " + json);
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static URI api(String path) {
    return URI.create(ItSettings.baseUrl()).resolve("api/" + path);
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "application/json");
  }
}
