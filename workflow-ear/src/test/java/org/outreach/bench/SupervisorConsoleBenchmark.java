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
 * until the job executor has worked off their first steps (each case then waits at the first step
 * of its population: locating, a hand delivery, a custody review); then {@code
 * outreach.bench.supervisors} supervisors (5 by default), each with a session of their own, each
 * round load the dashboard whole (what must not wait, the funnel, the 30-day chart, workload,
 * completed tasks, dispatch; counted at most once every few seconds for all of them, and the looks
 * that counted are reported apart), the processes page, the processes page with the {@code
 * outreach} process drawn (its per-step figures), and ask the engine's own monitoring queries for
 * the same figures (every definition's running instances, failed jobs and incidents, and the
 * process's per-step statistics, through a test servlet on the same server and database), 25 rounds
 * each and at least a minute, after 5 of warm-up. It runs with no pause between requests, then with
 * a pause of {@code outreach.bench.think.ms} on average (1,000 ms, as the benchmark profile sets it
 * from {@code -Dbench.think.ms}; 0 skips it). Prints p50 / p95 / p99 of each as the client saw them
 * and writes them to {@code target/benchmark/results-supervisors-<database>.txt}. Asserts only that
 * every answer was a page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorConsoleBenchmark {

  private static final long SEED = 20261205L;
  private static final int WARM_UP_ROUNDS = 5;

  /** The least time a measured run lasts, in seconds. */
  private static final int LEAST_SECONDS = 60;

  /** When the dashboard's figures were counted, as the page says it. */
  private static final Pattern COUNTED = Pattern.compile("data-counted=\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void fiveSupervisorsLoadTheDashboardAndTheProcessesBesideTheEnginesMonitoringQueries()
      throws Exception {
    int people = Integer.getInteger("outreach.bench.people", 6000);
    int rounds = Integer.getInteger("outreach.bench.rounds", 25);
    int users = Integer.getInteger("outreach.bench.supervisors", 5);
    int thinkMillis = Integer.getInteger("outreach.bench.think.ms", 1000);
    String database = System.getProperty("outreach.it.db", "h2");
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    URI base = URI.create(ItSettings.baseUrl());

    Campaign.startedAndQuiet(SEED, people);

    List<Supervisor> supervisors = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      supervisors.add(
          new Supervisor(FormLogin.session(base, TestStaff.SUPERVISOR, TestStaff.PASSWORD), i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    StringBuilder report = new StringBuilder();
    try {
      run(pool, supervisors, WARM_UP_ROUNDS, 0, new Figures(), false);
      for (int pause : thinkMillis == 0 ? List.of(0) : List.of(0, thinkMillis)) {
        Figures figures = new Figures();
        long before = System.nanoTime();
        run(pool, supervisors, rounds, pause, figures, true);
        double seconds = (System.nanoTime() - before) / 1e9;
        long requests =
            figures.dashboard.size()
                + figures.processes.size()
                + figures.process.size()
                + figures.engine.size();
        report.append(
            String.format(
                Locale.ROOT,
                "Supervisors' console benchmark on %s, %d people, %d supervisors x at least %d rounds and"
                    + " %d s, %s,"
                    + " %d cores, %.1f s, %.1f requests/s%n"
                    + "                                        p50 ms   p95 ms   p99 ms  requests%n"
                    + "  dashboard, loaded whole             %s%n"
                    + "   of which the looks that counted    %s%n"
                    + "  processes page                      %s%n"
                    + "  process page (outreach, per step)   %s%n"
                    + "  engine's monitoring queries         %s%n"
                    + "  ratio dashboard p95 / engine p95: %.1f; looks that counted p95 / engine"
                    + " p95: %.1f; process page p95 / engine p95: %.1f%n%n",
                database,
                people,
                users,
                rounds,
                LEAST_SECONDS,
                pause == 0
                    ? "no pause between requests"
                    : "a pause of " + pause + " ms on average between requests",
                Runtime.getRuntime().availableProcessors(),
                seconds,
                requests / seconds,
                figures.dashboard.line(),
                figures.dashboardCounted.line(),
                figures.processes.line(),
                figures.process.line(),
                figures.engine.line(),
                figures.dashboard.percentile(95) / figures.engine.percentile(95),
                figures.dashboardCounted.percentile(95) / figures.engine.percentile(95),
                figures.process.percentile(95) / figures.engine.percentile(95)));
      }
      System.out.println(report);
      Files.writeString(directory.resolve("results-supervisors-" + database + ".txt"), report);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void run(
      ExecutorService pool,
      List<Supervisor> supervisors,
      int rounds,
      int pause,
      Figures figures,
      boolean measured)
      throws Exception {
    List<Future<Void>> running = new ArrayList<>();
    // at least the rounds asked for, and at least a minute: the shared figures are counted anew
    // every few seconds, so a shorter run would measure almost no count
    long until = System.nanoTime() + (measured ? Duration.ofSeconds(LEAST_SECONDS).toNanos() : 0);
    for (Supervisor supervisor : supervisors) {
      running.add(
          pool.submit(
              () -> {
                for (int round = 0; round < rounds || System.nanoTime() < until; round++) {
                  supervisor.round(pause, figures);
                }
                return null;
              }));
    }
    for (Future<Void> done : running) {
      done.get();
    }
  }

  /** The four requests' response times. */
  private static final class Figures {
    final Samples dashboard = new Samples();

    /**
     * The dashboard's looks that got figures no earlier look had got: those that counted them (or
     * waited for the count another look had begun), the rest were shown figures counted before.
     */
    final Samples dashboardCounted = new Samples();

    final java.util.Set<String> countsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Samples processes = new Samples();
    final Samples process = new Samples();
    final Samples engine = new Samples();
  }

  /** One simulated supervisor: a logged-in session. */
  private static final class Supervisor {
    private final HttpClient session;
    private final Random random;

    Supervisor(HttpClient session, int seed) {
      this.session = session;
      this.random = new Random(seed);
    }

    void round(int pause, Figures figures) throws Exception {
      URI base = URI.create(ItSettings.baseUrl());
      long before = System.nanoTime();
      String dashboard = timed(figures.dashboard, base.resolve("dashboard.xhtml"));
      double took = (System.nanoTime() - before) / 1e6;
      assertThat(dashboard).as("the dashboard").contains("funnel-heading");
      Matcher counted = COUNTED.matcher(dashboard);
      assertThat(counted.find()).as("the dashboard says when it counted").isTrue();
      if (figures.countsSeen.add(counted.group(1))) {
        figures.dashboardCounted.add(took);
      }
      pause(pause);
      assertThat(timed(figures.processes, base.resolve("processes.xhtml")))
          .as("the processes page")
          .contains("process-row");
      pause(pause);
      assertThat(timed(figures.process, base.resolve("processes.xhtml?process=outreach")))
          .as("the outreach process")
          .contains("step-row");
      pause(pause);
      assertThat(
              timed(
                  figures.engine,
                  base.resolve("/outreach-it-fixtures/process-statistics?process=outreach")))
          .as("the engine's figures")
          .contains("steps");
      pause(pause);
    }

    private void pause(int mean) throws InterruptedException {
      if (mean > 0) {
        Thread.sleep(mean / 2 + random.nextInt(mean + 1));
      }
    }

    private String timed(Samples samples, URI uri) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
      long before = System.nanoTime();
      HttpResponse<String> answer = session.send(request, HttpResponse.BodyHandlers.ofString());
      samples.add((System.nanoTime() - before) / 1e6);
      assertThat(answer.statusCode()).as("answer of %s", uri).isEqualTo(200);
      return answer.body();
    }
  }
}
