package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.outreach.synthetic.SyntheticFile;

/**
 * Imports {@code outreach.bench.people} synthetic people (6,000 by default) through the real REST
 * door of the real server and waits until every one of them has a case with a running outreach
 * process; then starts as many {@code outreach} processes on a bare Camunda engine on the same kind
 * of database (see {@link BareEngine}). Prints people/s, processes/s and the ratio to the bare
 * engine, and how long the server then takes until its job executor has worked off the new cases'
 * first steps; writes them to {@code target/benchmark/results-<database>.txt}. Both sides are
 * warmed up first with a smaller run that is not counted, and each side runs while the other is
 * idle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignStartBenchmark {

  private static final long MEASURED_SEED = 20251121L;
  private static final long WARM_UP_SEED = 4242L;
  private static final int WARM_UP_PEOPLE = 500;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * The supervisor's logged-in session: the progress is polled every 50 ms, and with HTTP Basic
   * every poll would verify the password again (bcrypt, tens of milliseconds of processor), which
   * would take the processor from the start being measured.
   */
  private HttpClient session;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void importAndStartBesideABareEngine() throws Exception {
    int people = Integer.getInteger("outreach.bench.people", 6000);
    String database = System.getProperty("outreach.it.db", "h2");
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    createStaff();
    session =
        FormLogin.session(
            URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);

    // warm both sides up, and let the server work off its warm-up cases, so neither run pays for
    // the other's leftovers
    run(WARM_UP_SEED, WARM_UP_PEOPLE);
    awaitQuietServer();

    double bareOneThread;
    double bareTwoThreads;
    try (BareEngine bare = bareEngine(database, directory)) {
      bare.startsPerSecond(WARM_UP_PEOPLE * 2, 1);
      bareOneThread = bare.startsPerSecond(people, 1);
      bareTwoThreads = bare.startsPerSecond(people, 2);
    }

    ServerRun server = run(MEASURED_SEED, people);
    long startedAt = System.nanoTime();
    awaitQuietServer();
    double workedOffSeconds = (System.nanoTime() - startedAt) / 1e9;

    String report =
        String.format(
            Locale.ROOT,
            "Campaign start benchmark on %s, %d people, %d cores%n"
                + "  import (validate + encrypt + write, one REST call): %8.1f people/s (%.1f s)%n"
                + "  start (case + outreach process, background chunks):  %8.1f processes/s (%.1f s)%n"
                + "  bare Camunda engine, same process, 1 thread:          %8.1f processes/s%n"
                + "  bare Camunda engine, same process, 2 threads:         %8.1f processes/s%n"
                + "  ratio server start / bare engine (1 thread):          %8.2f%n"
                + "  then the cases' first steps, until no job was due:    %8.1f s%n",
            database,
            people,
            Runtime.getRuntime().availableProcessors(),
            people / server.importSeconds,
            server.importSeconds,
            server.started / server.startSeconds,
            server.startSeconds,
            bareOneThread,
            bareTwoThreads,
            (server.started / server.startSeconds) / bareOneThread,
            workedOffSeconds);
    System.out.println(report);
    Files.writeString(directory.resolve("results-" + database + ".txt"), report);
    assertThat(server.failed).as("people whose start failed").isZero();
    assertThat(server.started).as("people started").isEqualTo(people);
  }

  private record ServerRun(double importSeconds, double startSeconds, int started, int failed) {}

  private ServerRun run(long seed, int people) throws Exception {
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
  private void awaitQuietServer() throws Exception {
    URI executable =
        URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/jobs/executable");
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (true) {
      HttpResponse<String> answer =
          http.send(
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

  private BareEngine bareEngine(String database, Path directory) {
    if ("postgresql".equals(database)) {
      return BareEngine.onPostgresql(
          System.getProperty("outreach.bench.db.url"),
          System.getProperty("outreach.bench.db.user"),
          System.getProperty("outreach.bench.db.password"));
    }
    return BareEngine.onH2(directory.toAbsolutePath().toString());
  }

  private void createStaff() throws IOException, InterruptedException {
    URI fixtures = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/staff");
    int status =
        http.send(
                HttpRequest.newBuilder(fixtures).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(status).as("test staff created").isEqualTo(204);
  }

  private static URI api(String path) {
    return URI.create(ItSettings.baseUrl()).resolve("api/" + path);
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "application/json");
  }
}
