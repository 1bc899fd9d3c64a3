package org.outreach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    Campaign.createStaff();
    session =
        FormLogin.session(
            URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);

    // warm both sides up, and let the server work off its warm-up cases, so neither run pays for
    // the other's leftovers
    Campaign.importAndStart(session, WARM_UP_SEED, WARM_UP_PEOPLE);
    Campaign.awaitQuietServer();

    double bareOneThread;
    double bareTwoThreads;
    try (BareEngine bare = bareEngine(database, directory)) {
      bare.startsPerSecond(WARM_UP_PEOPLE * 2, 1);
      bareOneThread = bare.startsPerSecond(people, 1);
      bareTwoThreads = bare.startsPerSecond(people, 2);
    }

    Campaign.ServerRun server = Campaign.importAndStart(session, MEASURED_SEED, people);
    long startedAt = System.nanoTime();
    Campaign.awaitQuietServer();
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
            people / server.importSeconds(),
            server.importSeconds(),
            server.started() / server.startSeconds(),
            server.startSeconds(),
            bareOneThread,
            bareTwoThreads,
            (server.started() / server.startSeconds()) / bareOneThread,
            workedOffSeconds);
    System.out.println(report);
    Files.writeString(directory.resolve("results-" + database + ".txt"), report);
    assertThat(server.failed()).as("people whose start failed").isZero();
    assertThat(server.started()).as("people started").isEqualTo(people);
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
}
