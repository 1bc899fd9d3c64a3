package org.outreach.drill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.it.support.AccountForm;
import org.outreach.it.support.FormLogin;

/**
 * The caseworkers of the soak drill ({@code cluster/soak}): an administrator makes one caseworker
 * account of the locate team for each of {@code SESSIONS} simulated caseworkers through the
 * console's form; they sign in through the balancer one after another, as people arriving do, and
 * then each opens its worklist and one of its tasks, pausing one to three seconds between clicks,
 * for {@code MINUTES}. Prints the requests answered, those refused or failed, and exits 1 when any
 * was.
 *
 * <p>Arguments: the balancer's console address, the administrator's name, a file holding her
 * password, the number of sessions, the minutes.
 */
public final class Caseworkers {

  private static final Pattern TASK_LINK = Pattern.compile("task=([0-9a-f-]{36})");

  private Caseworkers() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: Caseworkers CONSOLE-URL ADMIN PASSWORD-FILE SESSIONS MINUTES");
      System.exit(2);
    }
    URI console = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    String password = Files.readString(Path.of(args[2])).strip();
    int sessions = Integer.parseInt(args[3]);
    Duration length = Duration.ofMinutes(Long.parseLong(args[4]));

    HttpClient admin = FormLogin.session(console, args[1], password);
    String suffix = Long.toString(System.currentTimeMillis(), 36);
    String secret = "Soak-drill-" + Long.toString(System.nanoTime(), 36) + "!";
    List<HttpClient> signedIn = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      String account = "soak-" + i + "-" + suffix;
      create(admin, console, account, secret);
      signedIn.add(FormLogin.session(console, account, secret));
    }

    AtomicLong answered = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong tasksSeen = new AtomicLong();
    long end = System.nanoTime() + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      HttpClient session = signedIn.get(i);
      Random random = new Random(i);
      all.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  HttpResponse<String> inbox = get(session, console.resolve("inbox.xhtml"));
                  count(inbox, answered, refused);
                  List<String> tasks = new ArrayList<>();
                  Matcher link = TASK_LINK.matcher(inbox.body());
                  while (link.find()) {
                    tasks.add(link.group(1));
                  }
                  tasksSeen.addAndGet(tasks.size());
                  Thread.sleep(1_000 + random.nextInt(2_000));
                  if (!tasks.isEmpty()) {
                    String task = tasks.get(random.nextInt(tasks.size()));
                    count(
                        get(session, console.resolve("tasks/task.xhtml?task=" + task)),
                        answered,
                        refused);
                    Thread.sleep(1_000 + random.nextInt(2_000));
                  }
                }
                return null;
              }));
    }
    for (Future<?> one : all) {
      one.get();
    }
    pool.shutdown();
    System.out.printf(
        "caseworkers: %d sessions for %d min: %d pages answered, %d refused or failed, %d task"
            + " links seen%n",
        sessions, length.toMinutes(), answered.get(), refused.get(), tasksSeen.get());
    if (refused.get() > 0 || answered.get() == 0) {
      System.exit(1);
    }
  }

  private static void count(HttpResponse<String> answer, AtomicLong answered, AtomicLong refused) {
    if (answer.statusCode() == 200 && !answer.body().contains("id=\"login\"")) {
      answered.incrementAndGet();
    } else {
      refused.incrementAndGet();
      System.out.println("refused: " + answer.statusCode() + " " + answer.uri().getPath());
    }
  }

  private static HttpResponse<String> get(HttpClient session, URI page) throws Exception {
    return session.send(
        HttpRequest.newBuilder(page).timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Makes a caseworker account of the locate team through the console's accounts form. */
  private static void create(HttpClient admin, URI console, String username, String password)
      throws Exception {
    HttpResponse<String> answer = AccountForm.send(admin, console, username, password, true);
    if (answer.statusCode() != 200 || !answer.body().contains(username)) {
      throw new IllegalStateException("account " + username + " not made: " + answer.statusCode());
    }
  }
}
