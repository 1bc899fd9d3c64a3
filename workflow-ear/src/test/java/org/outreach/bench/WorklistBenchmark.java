package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * of the detention team), each round open their worklist (count, 50 rows decrypted, one audit event
 * per person listed), turn to its next page and filter it by a notice language (each as the page's
 * buttons send the form), open a task of it, and ask the bare engine's task query for the same
 * first page (its count and 50 tasks, through a test servlet on the same server and database). It
 * runs twice: with no pause between requests, then with a pause of {@code outreach.bench.think.ms}
 * (1,000 ms by default, 0 skips it) on average, as people click. Prints p50 / p95 / p99 of each, as
 * the client saw them, and writes them to {@code target/benchmark/results-worklist-<database>.txt}.
 * Asserts only that every answer was a page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorklistBenchmark {

  private static final long SEED = 20261202L;
  private static final int WARM_UP_ROUNDS = 5;
  private static final Pattern TASK_LINK = Pattern.compile("task=([0-9a-f-]{36})");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's script nonce, which PrimeFaces wants back with every form the page sends. */
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  // notice languages the synthetic people speak, for the filter
  private static final List<String> LANGUAGES = List.of("es", "fr", "ht", "pt", "ru", "ar");

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
    // a second phase paces each caseworker with this mean pause between clicks (0: none)
    int thinkMillis = Integer.getInteger("outreach.bench.think.ms", 1000);
    String database = System.getProperty("outreach.it.db", "h2");
    Path directory = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
    Files.createDirectories(directory);
    URI base = URI.create(ItSettings.baseUrl());

    Campaign.startedAndQuiet(SEED, people);

    List<Caseworker> caseworkers = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      boolean locate = i % 2 == 0;
      String username = locate ? TestStaff.CASEWORKER : TestStaff.OTHER_TEAM_CASEWORKER;
      String team = locate ? TestStaff.CASEWORKER_TEAM : TestStaff.OTHER_TEAM;
      caseworkers.add(
          new Caseworker(FormLogin.session(base, username, TestStaff.PASSWORD), username, team, i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(users);
    StringBuilder report = new StringBuilder();
    try {
      run(
          pool,
          caseworkers,
          WARM_UP_ROUNDS,
          0,
          new WorklistSamples(),
          new Samples(),
          new Samples());
      // first as fast as the server answers, then paced as people click
      for (int pause : thinkMillis == 0 ? List.of(0) : List.of(0, thinkMillis)) {
        WorklistSamples worklist = new WorklistSamples();
        Samples taskPage = new Samples();
        Samples engine = new Samples();
        long before = System.nanoTime();
        run(pool, caseworkers, rounds, pause, worklist, taskPage, engine);
        double seconds = (System.nanoTime() - before) / 1e9;
        Samples allWorklist = worklist.all();
        long requests = allWorklist.size() + taskPage.size() + engine.size();
        report.append(
            String.format(
                Locale.ROOT,
                "Worklist benchmark on %s, %d people, %d caseworkers x %d rounds, %s, %d cores,"
                    + " %.1f s, %.1f requests/s%n"
                    + "                                  p50 ms   p95 ms   p99 ms   requests%n"
                    + "  worklist, all three below     %s%n"
                    + "    opened (GET, 50 rows)       %s%n"
                    + "    next page (form sent)       %s%n"
                    + "    filtered by language (form) %s%n"
                    + "  task page                     %s%n"
                    + "  bare engine task query (page) %s%n"
                    + "  ratio worklist p95 / engine query p95: %.1f%n%n",
                database,
                people,
                users,
                rounds,
                pause == 0
                    ? "no pause between requests"
                    : "a pause of " + pause + " ms on average between requests",
                Runtime.getRuntime().availableProcessors(),
                seconds,
                requests / seconds,
                allWorklist.line(),
                worklist.opened.line(),
                worklist.paged.line(),
                worklist.filtered.line(),
                taskPage.line(),
                engine.line(),
                allWorklist.percentile(95) / engine.percentile(95)));
      }
      System.out.println(report);
      Files.writeString(
          directory.resolve("results-worklist-" + database + (users == 1 ? "-alone" : "") + ".txt"),
          report);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void run(
      ExecutorService pool,
      List<Caseworker> caseworkers,
      int rounds,
      int thinkMillis,
      WorklistSamples worklist,
      Samples taskPage,
      Samples engine)
      throws Exception {
    List<Future<Void>> running = new ArrayList<>();
    for (Caseworker caseworker : caseworkers) {
      running.add(
          pool.submit(
              () -> {
                for (int round = 0; round < rounds; round++) {
                  caseworker.round(thinkMillis, worklist, taskPage, engine);
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

    void round(int thinkMillis, WorklistSamples worklist, Samples taskPage, Samples engine)
        throws Exception {
      URI base = URI.create(ItSettings.baseUrl());
      URI inbox = base.resolve("inbox.xhtml");
      String page = timed(worklist.opened, get(inbox));
      assertThat(page).as("a worklist page").contains("tasks match");
      List<String> tasks = new ArrayList<>();
      Matcher link = TASK_LINK.matcher(page);
      while (link.find()) {
        tasks.add(link.group(1));
      }
      assertThat(tasks).as("tasks listed for %s", username).isNotEmpty();
      String viewState = viewState(page);
      Matcher nonceOfPage = NONCE.matcher(page);
      assertThat(nonceOfPage.find()).as("the page's script nonce").isTrue();
      String nonce = nonceOfPage.group(1);
      pause(thinkMillis);

      // the next page, as the pager's button sends the form
      String next =
          timed(
              worklist.paged,
              post(inbox, viewState, nonce, Map.of("inbox:tasks-next", "Next page")));
      assertThat(next).as("the second page of %s's worklist", username).contains("task=");
      viewState = viewState(next);
      Matcher nonceOfNext = NONCE.matcher(next);
      assertThat(nonceOfNext.find()).as("the next page's script nonce").isTrue();
      nonce = nonceOfNext.group(1);
      pause(thinkMillis);

      // the worklist narrowed to the people of one notice language, as the filter's Apply sends it
      Map<String, String> filter = new LinkedHashMap<>();
      for (String field :
          List.of(
              "filter-taskKey",
              "filter-team",
              "filter-custodyStatus",
              "facility",
              "filter-minimumPriority",
              "case",
              "saved-name")) {
        filter.put("inbox:" + field, "");
      }
      filter.put("inbox:filter-noticeLanguage", LANGUAGES.get(random.nextInt(LANGUAGES.size())));
      filter.put("inbox:sort", "PRIORITY");
      filter.put("inbox:apply", "");
      String narrowed = timed(worklist.filtered, post(inbox, viewState, nonce, filter));
      assertThat(narrowed).as("the filtered worklist").contains("tasks match");
      pause(thinkMillis);

      String task = tasks.get(random.nextInt(tasks.size()));
      assertThat(timed(taskPage, get(base.resolve("tasks/task.xhtml?task=" + task))))
          .as("a task page")
          .contains("task-about");
      pause(thinkMillis);
      timed(
          engine,
          get(base.resolve("/outreach-it-fixtures/task-query?team=" + team + "&user=" + username)));
      pause(thinkMillis);
    }

    /** A pause as a person takes between two clicks, when the run is paced. */
    private void pause(int thinkMillis) throws InterruptedException {
      if (thinkMillis > 0) {
        // uniform between half and one and a half times the mean
        Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
      }
    }

    private static HttpRequest get(URI uri) {
      return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
    }

    /**
     * The inbox form sent by one of its plain buttons, whose name and value are in {@code fields}.
     */
    private static HttpRequest post(
        URI uri, String viewState, String nonce, Map<String, String> fields) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("inbox", "inbox");
      form.putAll(fields);
      form.put("jakarta.faces.ViewState", viewState);
      form.put("primefaces.nonce", nonce);
      return HttpRequest.newBuilder(uri)
          .timeout(Duration.ofMinutes(2))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
          .build();
    }

    private static String encoded(Map<String, String> form) {
      return form.entrySet().stream()
          .map(
              e ->
                  URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }

    private static String viewState(String page) {
      Matcher state = VIEW_STATE.matcher(page);
      assertThat(state.find()).as("the page's view state").isTrue();
      return state.group(1);
    }

    private String timed(Samples samples, HttpRequest request) throws Exception {
      long before = System.nanoTime();
      HttpResponse<String> answer = session.send(request, HttpResponse.BodyHandlers.ofString());
      samples.add((System.nanoTime() - before) / 1e6);
      assertThat(answer.statusCode()).as("answer of %s", request.uri().getPath()).isEqualTo(200);
      assertThat(answer.body())
          .as("answer of %s", request.uri().getPath())
          .doesNotContain("<error>");
      return answer.body();
    }
  }

  /** The worklist's three requests, each measured apart and together. */
  private static final class WorklistSamples {
    final Samples opened = new Samples();
    final Samples paged = new Samples();
    final Samples filtered = new Samples();

    Samples all() {
      Samples all = new Samples();
      for (Samples part : List.of(opened, paged, filtered)) {
        synchronized (part.millis) {
          all.millis.addAll(part.millis);
        }
      }
      return all;
    }
  }
}
