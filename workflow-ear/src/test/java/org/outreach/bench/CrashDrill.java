package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreach.importing.ImportColumn;

/**
 * The outbox's crash drill, on the provisioned server (H2, or PostgreSQL with {@code -Ppostgresql}
 * and {@code outreach.it.db.*}), outside the test suite: a server of its own (a copy of the
 * provisioned server's configuration, port offset 300, a mail sink of its own) imports {@code
 * outreach.drill.notices} removed people (1,000) with a safe email address, so each case's process
 * writes an email notice; once about a third have arrived at the sink the server is killed with
 * SIGKILL mid-dispatch and started again on the same data. Every notice must arrive, and every
 * message the sink got twice must be one the restarted server recovered as interrupted (its log
 * line names the Message-ID; the row's {@code repeats} counts it). Prints and writes {@code
 * target/benchmark/crash-drill.txt}.
 *
 * <pre>./mvnw verify -Pbenchmark -pl workflow-ear -Dit.test=CrashDrill</pre>
 *
 * <p>On H2 the drill imports as the demo supervisor; on PostgreSQL (a fresh database, where no
 * account exists) as the first administrator the server makes at start ({@code
 * outreach.bootstrap.admin}).
 */
class CrashDrill {

  /** The demo server's published key: fictitious people only. */
  private static final String DEMO_KEYS =
      "current=demo;demo=evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=;"
          + "index=1zZ97bf/r//oBM27C4qwi5/m2NBfik5MwyJT5yOASvE=";

  private static final int OFFSET = 300;
  private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET) + "/outreach/";

  /** On H2 a demo login; on PostgreSQL the first administrator, made at start by the server. */
  private static final String DRILL_ADMIN = "drill-admin";

  private static final String DRILL_PASSWORD = "drill-admin-password-0123";

  private static final Pattern INTERRUPTED =
      Pattern.compile("was interrupted while sent: it is sent again with its Message-ID (<[^>]+>)");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aServerKilledMidDispatchLosesNoNoticeAndEveryRepeatIsOneItCounted() throws Exception {
    int notices = Integer.getInteger("outreach.drill.notices", 1000);
    Path drill = Path.of("target", "drill");
    Path base = prepareServer(drill);

    int smtp = freePort();
    GreenMail sink = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    Process server = null;
    try {
      server = start(base, smtp, drill.resolve("first.out"));
      awaitReady();
      approveTheNeutralEmail();
      String run = Long.toString(System.currentTimeMillis(), 36);
      importPeople(run, notices);

      String recipients = "drill-" + run + "-";
      await(
          "a third of the notices at the sink",
          Duration.ofMinutes(10),
          () -> received(sink, recipients).size() >= notices / 3);
      Instant killedAt = Instant.now();
      int beforeKill = received(sink, recipients).size();
      kill(server);
      server = start(base, smtp, drill.resolve("second.out"));
      awaitReady();
      await(
          "every notice at the sink",
          Duration.ofMinutes(15),
          () -> new HashSet<>(received(sink, recipients)).size() >= notices);
      // a try left SENDING by the killed server is made due again after the sending timeout
      Thread.sleep(Duration.ofSeconds(40).toMillis());

      List<String> all = received(sink, recipients);
      Map<String, Integer> perMessage = new HashMap<>();
      all.forEach(id -> perMessage.merge(id, 1, Integer::sum));
      Set<String> twice = new HashSet<>();
      perMessage.forEach(
          (id, count) -> {
            if (count > 1) {
              twice.add(id);
            }
          });
      Set<String> recovered = recoveredMessageIds(base.resolve("log").resolve("server.log"));
      String report =
          String.format(
              Locale.ROOT,
              "Crash drill on %s: %d email notices, SIGKILL at %s with %d arrived%n"
                  + "  distinct notices arrived: %d (lost: %d)%n"
                  + "  messages arrived: %d, of them repeats: %d%n"
                  + "  tries recovered as interrupted after the restart (counted on their rows):"
                  + " %d%n"
                  + "  repeats not among them: %d%n",
              System.getProperty("outreach.it.db", "h2"),
              notices,
              killedAt,
              beforeKill,
              perMessage.size(),
              notices - perMessage.size(),
              all.size(),
              all.size() - perMessage.size(),
              recovered.size(),
              twice.stream().filter(id -> !recovered.contains(id)).count());
      System.out.print(report);
      Path out = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
      Files.createDirectories(out);
      Files.writeString(out.resolve("crash-drill.txt"), report);

      assertThat(perMessage).hasSize(notices);
      assertThat(recovered).containsAll(twice);
    } finally {
      if (server != null) {
        kill(server);
      }
      sink.stop();
    }
  }

  /**
   * A bulk start killed in the middle: {@code outreach.drill.people} (3,000) people imported
   * through the REST door, the server killed with SIGKILL once at least one chunk of cases is open
   * and the start still runs, and started again on the same data. The restarted server must resume
   * the start on its own, and every person must end with exactly one case (a unique key allows no
   * second; {@code done} counts the people with one). Writes {@code
   * target/benchmark/crash-drill-start.txt}.
   */
  @Test
  void aServerKilledMidStartResumesItAtBootAndEveryPersonHasExactlyOneCase() throws Exception {
    int people = Integer.getInteger("outreach.drill.people", 3000);
    Path drill = Path.of("target", "drill");
    Path base = prepareServer(drill);
    int smtp = freePort();
    GreenMail sink = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    Process server = null;
    try {
      server = start(base, smtp, drill.resolve("first.out"));
      awaitReady();
      String imported = importPeople(Long.toString(System.currentTimeMillis(), 36), people);
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(imported);
      assertThat(id.find()).as(imported).isTrue();
      String progress = "api/imports/" + id.group(1) + "/start-progress";

      await(
          "a chunk of cases open while the start runs",
          Duration.ofMinutes(5),
          () -> {
            String now = read(progress);
            assertThat(now)
                .as("the start ended before the kill: raise outreach.drill.people")
                .doesNotContain("\"state\":\"STARTED");
            return number(now, "done") >= 200;
          });
      kill(server);
      Instant killedAt = Instant.now();
      server = start(base, smtp, drill.resolve("second.out"));
      awaitReady();
      String before = read(progress);
      await(
          "the resumed start ended",
          Duration.ofMinutes(15),
          () -> {
            String now = read(progress);
            return now.contains("\"running\":false") && !now.contains("\"state\":\"STARTING\"");
          });
      String after = read(progress);
      boolean resumedAtBoot =
          Files.readString(base.resolve("log").resolve("server.log"))
              .contains("The start of import " + id.group(1) + " was interrupted by a stop");
      String report =
          String.format(
              Locale.ROOT,
              "Bulk-start crash drill on %s: %d people, SIGKILL at %s%n"
                  + "  after the restart, before resuming: %s%n"
                  + "  at the end: %s%n"
                  + "  resumed at boot by the server itself: %s%n",
              System.getProperty("outreach.it.db", "h2"),
              people,
              killedAt,
              before,
              after,
              resumedAtBoot);
      System.out.print(report);
      Path out = Path.of(System.getProperty("outreach.bench.dir", "target/benchmark"));
      Files.createDirectories(out);
      Files.writeString(out.resolve("crash-drill-start.txt"), report);

      assertThat(resumedAtBoot).isTrue();
      assertThat(after).contains("\"state\":\"STARTED\"");
      assertThat(number(after, "total")).isEqualTo(people);
      assertThat(number(after, "done")).isEqualTo(people);
      assertThat(number(after, "failed")).isZero();
    } finally {
      if (server != null) {
        kill(server);
      }
      sink.stop();
    }
  }

  /** Imports the drill's people through the REST door; returns the answer's body. */
  private String importPeople(String run, int people) throws IOException, InterruptedException {
    HttpResponse<String> imported =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "api/imports"))
                .header("Authorization", basic())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(run, people)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 202);
    return imported.body();
  }

  private String read(String path) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(BASE + path))
                  .header("Authorization", basic())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return answer.body().replace(" ", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int number(String json, String member) {
    Matcher value = Pattern.compile("\"" + member + "\":(\\d+)").matcher(json);
    assertThat(value.find()).as(json).isTrue();
    return Integer.parseInt(value.group(1));
  }

  /**
   * A copy of the provisioned server's configuration under {@code drill}, without data or logs,
   * with the EAR under test in its deployments.
   */
  private static Path prepareServer(Path drill) throws IOException {
    deleteTree(drill);
    Path base = drill.resolve("standalone");
    copyTree(Path.of(System.getProperty("outreach.it.server"), "standalone"), base);
    deleteTree(base.resolve("data"));
    deleteTree(base.resolve("log"));
    // -Doutreach.drill.h2-options=WRITE_DELAY=500 shows what H2's default write delay did
    String h2Options = System.getProperty("outreach.drill.h2-options", "");
    if (!h2Options.isEmpty()) {
      Path config = base.resolve("configuration").resolve("standalone.xml");
      Files.writeString(
          config,
          Files.readString(config)
              .replaceFirst(
                  "(jdbc:h2:[^<]*)</connection-url>", "$1;" + h2Options + "</connection-url>"));
    }
    Files.copy(
        Path.of(System.getProperty("outreach.it.ear")),
        base.resolve("deployments").resolve("outreach.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  /** The server on the drill's copy of the configuration, its output in {@code out}. */
  private static Process start(Path base, int smtp, Path out) throws IOException {
    Path home = Path.of(System.getProperty("outreach.it.server"));
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + base.toAbsolutePath());
    command.add("-Djboss.socket.binding.port-offset=" + OFFSET);
    command.add("-Doutreach.data.keys=" + DEMO_KEYS);
    command.add("-Doutreach.demo.approve-notice-texts=true");
    command.add("-Doutreach.smtp.host=127.0.0.1");
    command.add("-Doutreach.smtp.port=" + smtp);
    command.add("-Doutreach.mail.per-minute=1000000");
    command.add("-Doutreach.mail.sending-timeout=PT20S");
    if (postgresql()) {
      command.add("-Doutreach.db.url=" + System.getProperty("outreach.bench.db.url"));
      command.add("-Doutreach.db.user=" + System.getProperty("outreach.bench.db.user"));
      command.add("-Doutreach.db.password=" + System.getProperty("outreach.bench.db.password"));
      command.add("-Doutreach.bootstrap.admin=" + DRILL_ADMIN);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("OUTREACH_BOOTSTRAP_ADMIN_PASSWORD", DRILL_PASSWORD);
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
    builder.redirectErrorStream(true);
    builder.redirectOutput(out.toFile());
    return builder.start();
  }

  /** SIGKILL to the server's JVM and the script that started it: no shutdown of any kind. */
  private static void kill(Process server) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(server.toHandle().descendants().toList());
    all.add(server.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      handle.onExit().join();
    }
    server.waitFor();
  }

  private void awaitReady() throws InterruptedException {
    await(
        "the server ready",
        Duration.ofMinutes(5),
        () -> {
          try {
            return http.send(
                        HttpRequest.newBuilder(URI.create(BASE + "api/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200;
          } catch (IOException e) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        });
  }

  /**
   * The neutral email's drafts approved by the drill's login (the demo server on H2 approved them
   * already; on a fresh PostgreSQL database nothing is sent before they are).
   */
  private void approveTheNeutralEmail() throws IOException, InterruptedException {
    HttpResponse<String> drafts =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(BASE + "api/admin/notice-templates?type=NEUTRAL_EMAIL&status=DRAFT"))
                .header("Authorization", basic())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (drafts.statusCode() == 403) {
      return;
    }
    assertThat(drafts.statusCode()).as(drafts.body()).isEqualTo(200);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(drafts.body());
    while (id.find()) {
      HttpResponse<String> approved =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(BASE + "api/admin/notice-templates/" + id.group(1) + "/approve"))
                  .header("Authorization", basic())
                  .header("X-Requested-By", "crash-drill")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }
  }

  /** The Message-IDs of the drill's messages at the sink, one per message received. */
  private static List<String> received(GreenMail sink, String recipientPrefix) {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : sink.getReceivedMessages()) {
      try {
        String to = message.getAllRecipients()[0].toString();
        if (to.startsWith(recipientPrefix)) {
          ids.add(message.getMessageID());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException("A message at the sink cannot be read", e);
      }
    }
    return ids;
  }

  private static Set<String> recoveredMessageIds(Path log) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher matcher = INTERRUPTED.matcher(line);
      if (matcher.find()) {
        ids.add(matcher.group(1));
      }
    }
    return ids;
  }

  /** Removed people with a safe email address each: their processes notify them by email. */
  private static String csv(String run, int people) {
    StringBuilder file = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      header.add(column.header());
    }
    file.append(String.join(",", header)).append('\n');
    long firstANumber = Math.floorMod(System.nanoTime(), 800_000_000L) + 100_000_000L;
    for (int i = 0; i < people; i++) {
      Map<ImportColumn, String> row = new LinkedHashMap<>();
      row.put(ImportColumn.A_NUMBER, String.valueOf(firstANumber + i));
      row.put(ImportColumn.FAMILY_NAME, "Drill");
      row.put(ImportColumn.GIVEN_NAMES, "Person " + run + " " + i);
      row.put(ImportColumn.DATE_OF_BIRTH, LocalDate.of(1980, 1, 1).plusDays(i).toString());
      row.put(ImportColumn.NATIONALITY, "HN");
      row.put(ImportColumn.PREFERRED_LANGUAGES, "es");
      row.put(ImportColumn.CUSTODY_STATUS, "REMOVED");
      row.put(ImportColumn.REMOVED_TO, "HN");
      row.put(ImportColumn.REMOVED_ON, "2026-06-02");
      row.put(ImportColumn.REMOVAL_TIMING, "BEFORE_LEAK_FOUND");
      row.put(ImportColumn.EMAILS, "drill-" + run + "-" + i + "@outreach.test");
      row.put(ImportColumn.EMAILS_SAFE, "true");
      List<String> cells = new ArrayList<>();
      for (ImportColumn column : ImportColumn.values()) {
        cells.add(row.getOrDefault(column, ""));
      }
      file.append(String.join(",", cells)).append('\n');
    }
    return file.toString();
  }

  private static String basic() {
    String login = postgresql() ? DRILL_ADMIN + ":" + DRILL_PASSWORD : "sam:outreach-demo";
    return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean postgresql() {
    return "postgresql".equals(System.getProperty("outreach.it.db"));
  }

  private static void await(String what, Duration within, BooleanSupplier done)
      throws InterruptedException {
    Instant until = Instant.now().plus(within);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Not within " + within + ": " + what);
      }
      Thread.sleep(500);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
