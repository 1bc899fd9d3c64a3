package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;
import org.outreach.synthetic.SyntheticFile;

/**
 * What the benchmarks do to the real server before they measure: create the test staff, import
 * synthetic people through {@code POST /api/imports} and wait for their bulk start, and wait until
 * the job executor has nothing due.
 */
final class Campaign {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** How one import and its start went, timed from the client. */
  record ServerRun(double importSeconds, double startSeconds, int started, int failed) {}

  private Campaign() {}

  static void createStaff() throws IOException, InterruptedException {
    fixture("staff");
  }

  /**
   * Approves the seeded notice texts, so that the notices of the cases started go out as they would
   * in a campaign instead of failing for want of an approved text.
   */
  static void approveNoticeTexts() throws IOException, InterruptedException {
    fixture("notice-texts/approved");
  }

  private static void fixture(String path) throws IOException, InterruptedException {
    URI fixture = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/" + path);
    int status =
        HTTP.send(
                HttpRequest.newBuilder(fixture).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(status).as("fixture %s", path).isEqualTo(204);
  }

  /**
   * The staff, the notice texts approved, {@code people} synthetic people of the seed imported and
   * started by a supervisor, and the job executor done with their first steps: where the console
   * benchmarks begin.
   */
  static void startedAndQuiet(long seed, int people) throws Exception {
    createStaff();
    approveNoticeTexts();
    HttpClient supervisor =
        FormLogin.session(
            URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);
    ServerRun started = importAndStart(supervisor, seed, people);
    assertThat(started.started()).as("people started").isEqualTo(people);
    awaitQuietServer();
  }

  /**
   * Imports {@code people} synthetic people of the seed in one call through a supervisor's
   * logged-in session and polls the start's progress every 50 ms until every one is started or
   * failed.
   */
  static ServerRun importAndStart(HttpClient session, long seed, int people) throws Exception {
    StringWriter csv = new StringWriter();
    SyntheticFile.write(seed, people, csv);
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);

    long before = System.nanoTime();
    HttpResponse<String> imported =
        session.send(
            request(api("imports"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofMinutes(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long importedAt = System.nanoTime();
    assertThat(imported.statusCode()).as("import answer: %s", imported.body()).isEqualTo(201);
    Matcher id = ID.matcher(imported.body());
    assertThat(id.find()).as("import id in %s", imported.body()).isTrue();

    URI progress = api("imports/" + id.group(1) + "/start-progress");
    while (true) {
      String answer =
          session
              .send(request(progress).GET().build(), HttpResponse.BodyHandlers.ofString())
              .body();
      int total = number(answer, "total");
      int done = number(answer, "done");
      int failed = number(answer, "failed");
      if (total == people && done + failed == total && !answer.contains("\"running\":true")) {
        long finishedAt = System.nanoTime();
        return new ServerRun(
            (importedAt - before) / 1e9, (finishedAt - importedAt) / 1e9, done, failed);
      }
      Thread.sleep(50);
    }
  }

  /**
   * Waits until the server's job executor has nothing it could run now (steps of the cases it
   * started, due timers). Notices by email go to the test session's GreenMail server, as in the
   * integration tests.
   */
  static void awaitQuietServer() throws Exception {
    URI executable =
        URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/jobs/executable");
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (true) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(executable).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("executable jobs: %s", answer.body()).isEqualTo(200);
      if (Long.parseLong(answer.body().trim()) == 0) {
        return;
      }
      assertThat(System.nanoTime())
          .as("the server went quiet within 30 minutes")
          .isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  private static int number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + field + " in the start progress: " + json);
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
