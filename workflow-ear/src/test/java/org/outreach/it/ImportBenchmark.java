package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.Deployments;
import org.outreach.synthetic.SyntheticFile;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Imports 6,000 synthetic people through REST and starts their outreach, printing people/s for the
 * import and processes/s for the start. Not part of {@code verify} (its name does not end in IT);
 * run it on its own:
 *
 * <pre>./mvnw -o -B verify -pl workflow-ear -Dit.test=ImportBenchmark</pre>
 *
 * The figures are printed, never asserted; the test checks only that every person was started.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

  private static final int PEOPLE = Integer.getInteger("outreach.benchmark.people", 6000);
  private static final String ADMIN = "it-benchmark-admin";
  private static final String PASSWORD = "it-benchmark-password-0123";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(ImportBenchmark.class);
  }

  @Inject AsAdmin asAdmin;
  @Inject UserAdministration users;

  @Test
  void importsAndStartsSixThousandPeople() throws Exception {
    asAdmin.run(
        () -> {
          if (!users.exists(ADMIN)) {
            users.create(
                new NewStaffAccount(
                    ADMIN, "Benchmark", PASSWORD.toCharArray(), Set.of(Role.ADMIN), Set.of()));
          }
        });
    String base =
        "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/outreach/";
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    http.send(
        HttpRequest.newBuilder(URI.create(base + "inbox.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    http.send(
        HttpRequest.newBuilder(URI.create(base + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "j_username="
                        + ADMIN
                        + "&j_password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    StringWriter csv = new StringWriter();
    SyntheticFile.write(System.nanoTime(), PEOPLE, csv);
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    long importStart = System.nanoTime();
    HttpResponse<String> imported =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/imports"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double importSeconds = (System.nanoTime() - importStart) / 1e9;
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String id = json(imported.body()).getString("id");

    JsonObject progress;
    do {
      Thread.sleep(250);
      progress =
          json(
              http.send(
                      HttpRequest.newBuilder(
                              URI.create(base + "api/imports/" + id + "/start-progress"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
    } while (progress.getBoolean("running")
        || progress.getString("state").equals("STARTING")
            && System.nanoTime() - importStart < 1_800_000_000_000L);
    double totalSeconds = (System.nanoTime() - importStart) / 1e9;
    double startSeconds = totalSeconds - importSeconds;

    System.out.printf(
        "BENCHMARK import: %d people in %.1f s = %.0f people/s (validate + write, one request)%n",
        PEOPLE, importSeconds, PEOPLE / importSeconds);
    System.out.printf(
        "BENCHMARK start: %d processes in %.1f s = %.0f processes/s (chunks of 100, one thread)%n",
        progress.getInt("done"), startSeconds, progress.getInt("done") / startSeconds);
    assertThat(progress.getInt("done")).isEqualTo(PEOPLE);
    assertThat(progress.getInt("failed")).isZero();
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
