package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Imports {@code outreach.bench.people} synthetic people (6,000 by default), starts them and waits
 * until the job executor has worked off their first steps; then {@code outreach.bench.users}
 * caseworkers (20 by default), each with a session of their own (alternately of the locate team and
 * of the detention team), open their worklist (the whole page: count, 50 rows decrypted, one audit
 * event per person listed), open a task of it, and ask the bare engine's task query for the same
 * first page (its count and 50 tasks, through a test servlet on the same server and database).
 * Prints p50 / p95 / p99 of each, as the client saw them, and writes them to {@code
 * target/benchmark/results-worklist-<database>.txt}. Asserts only that every answer was a page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorklistBenchmark {

  private static final long SEED = 20261202L;
  private static final int WARM_UP_ROUNDS = 5;
  private static final Pattern TASK_LINK = Pattern.compile("task=([0-9a-f-]{36})");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void twentyCaseworkersOpenWorklistsAndTasksBesideTheEnginesTaskQuery() throws Exception {
    int people = Integer.getInteger("outreach.bench.people", 6000);
    int rounds = Integer.getInteger("outreach.bench.rounds", 25);
    // 1 measures what one request costs with nobody else asking; 20 is the campaign's load
    int users = Integer.getInteger("outreach.bench.users", 20);
    String database = System.getProperty("outreach.it.db", "h2");
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    URI base = URI.create(ItSettings.baseUrl());

    Campaign.createStaff();
    HttpClient supervisor = FormLogin.session(base, TestStaff.SUPERVISOR, TestStaff.PASSWORD);
    Campaign.ServerRun started = Campaign.importAndStart(supervisor, SEED, people);
    assertThat(started.started()).as("people started").isEqualTo(people);
    Campaign.awaitQuietServer();

    List<Caseworker> caseworkers = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      boolean locate = i % 2 == 0;
      String username = locate ? TestStaff.CASEWORKER : TestStaff.OTHER_TEAM_CASEWORKER;
      String team = locate ? TestStaff.CASEWORKER_TEAM : TestStaff.OTHER_TEAM;
      caseworkers.add(
          new Caseworker(FormLogin.session(base, username, TestStaff.PASSWORD), username, team, i));
    }

    Samples worklist = new Samples();
    Samples taskPage = new Samples();
    Samples engine = new Samples();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      run(pool, caseworkers, WARM_UP_ROUNDS, new Samples(), new Samples(), new Samples());
      long before = System.nanoTime();
      run(pool, caseworkers, rounds, worklist, taskPage, engine);
      double seconds = (System.nanoTime() - before) / 1e9;

      String report =
          String.format(
              Locale.ROOT,
              "Worklist benchmark on %s, %d people, %d caseworkers x %d rounds, %d cores,"
                  + " %.1f s%n"
                  + "                                  p50 ms   p95 ms   p99 ms   requests%n"
                  + "  worklist page (50 rows)       %s%n"
                  + "  task page                     %s%n"
                  + "  bare engine task query (page) %s%n"
                  + "  ratio worklist p95 / engine query p95: %.1f%n",
              database,
              people,
              users,
              rounds,
              Runtime.getRuntime().availableProcessors(),
              seconds,
              worklist.line(),
              taskPage.line(),
              engine.line(),
              worklist.percentile(95) / engine.percentile(95));
      System.out.println(report);
      Files.writeString(directory.resolve("results-worklist-" + database + ".txt"), report);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void run(
      ExecutorService pool,
      List<Caseworker> caseworkers,
      int rounds,
      Samples worklist,
      Samples taskPage,
      Samples engine)
      throws Exception {
    List<Future<Void>> running = new ArrayList<>();
    for (Caseworker caseworker : caseworkers) {
      running.add(
          pool.submit(
              () -> {
                for (int round = 0; round < rounds; round++) {
                  caseworker.round(worklist, taskPage, engine);
                }
                return null;
              }));
    }
    for (Future<Void> done : running) {
      done.get();
    }
  }

  /** One simulated caseworker: a logged-in session and the tasks of its last worklist. */
  private static final class Caseworker {
    private final HttpClient session;
    private final String username;
    private final String team;
    private final Random random;

    Caseworker(HttpClient session, String username, String team, int seed) {
      this.session = session;
      this.username = username;
      this.team = team;
      this.random = new Random(seed);
    }

    void round(Samples worklist, Samples taskPage, Samples engine) throws Exception {
      URI base = URI.create(ItSettings.baseUrl());
      String page = timed(worklist, base.resolve("inbox.xhtml"));
      assertThat(page).as("a worklist page").contains("tasks match");
      List<String> tasks = new ArrayList<>();
      Matcher link = TASK_LINK.matcher(page);
      while (link.find()) {
        tasks.add(link.group(1));
      }
      assertThat(tasks).as("tasks listed for %s", username).isNotEmpty();
      String task = tasks.get(random.nextInt(tasks.size()));
      assertThat(timed(taskPage, base.resolve("tasks/task.xhtml?task=" + task)))
          .as("a task page")
          .contains("task-about");
      timed(
          engine,
          base.resolve("/outreach-it-fixtures/task-query?team=" + team + "&user=" + username));
    }

    private String timed(Samples samples, URI uri) throws Exception {
      long before = System.nanoTime();
      HttpResponse<String> answer =
          session.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      samples.add((System.nanoTime() - before) / 1e6);
      assertThat(answer.statusCode()).as("answer of %s", uri.getPath()).isEqualTo(200);
      return answer.body();
    }
  }

  /** Response times in milliseconds, from any thread. */
  private static final class Samples {
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(double value) {
      millis.add(value);
    }

    double percentile(int p) {
      List<Double> sorted;
      synchronized (millis) {
        sorted = new ArrayList<>(millis);
      }
      Collections.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%8.1f %8.1f %8.1f %8d",
          percentile(50),
          percentile(95),
          percentile(99),
          millis.size());
    }
  }
}
