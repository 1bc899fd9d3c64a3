package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.LeakScan;
import org.outreach.it.support.TestStaff;

/**
 * The operations metrics as a monitoring system scrapes them, in Prometheus text format from the
 * server's management interface: after a detained person with a marker in every value is registered
 * and their case opened, the open tasks of the detention team and the cases opened are counted
 * (within the 30 seconds between two counts), as is a supervisor who read more people than the
 * limit of unusual reading, every figure of ours is there, and nothing of the person is. The
 * console's port does not serve them.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  private static final Pattern DETENTION_OPEN =
      Pattern.compile(
          "(?m)^outreach_tasks_open\\{[^}]*team=\"detention-team\"[^}]*\\} ([0-9.E+-]+)$");
  private static final Pattern CASES_OPENED =
      Pattern.compile("(?m)^outreach_cases_opened(\\{[^}]*\\})? ([0-9.E+-]+)$");
  private static final Pattern SIGN_IN_FAILURES =
      Pattern.compile("(?m)^outreach_sign_in_failures(\\{[^}]*\\})? ([0-9.E+-]+)$");
  private static final Pattern UNUSUAL_READERS =
      Pattern.compile("(?m)^outreach_audit_unusual_readers(\\{[^}]*\\})? ([0-9.E+-]+)$");
  private static final String UNUSUAL_READING_LIMIT =
      "settings?name=outreach.audit.unusual-reading.people-per-hour";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aScraperReadsTheCampaignsFiguresAndNothingOfAPerson() throws Exception {
    String marker = "metric" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(Fixtures.post("people?custody=DETAINED&marker=" + marker).statusCode())
        .isEqualTo(200);
    // no refused sign-in left by other tests, then one: the figure an alert on password guessing
    // watches counts it
    assertThat(Fixtures.post("login-failures").statusCode()).isEqualTo(204);
    refusedSignIn("metrics-nobody-" + marker);
    // with a limit of one person an hour, a supervisor who reads two is an unusual reader
    assertThat(Fixtures.post(UNUSUAL_READING_LIMIT + "&value=1").statusCode()).isEqualTo(204);
    HttpResponse<String> read = Fixtures.post("people?custody=DETAINED&count=2&marker=" + marker);
    assertThat(read.statusCode()).isEqualTo(200);
    for (String line : read.body().strip().split("\\n")) {
      assertThat(
              BasicHttp.get(
                      TestStaff.SUPERVISOR,
                      TestStaff.PASSWORD,
                      "api/cases/" + line.strip().split(" ")[0] + "?purpose=OVERSIGHT_REQUEST")
                  .status())
          .isEqualTo(200);
    }

    AtomicReference<String> last = new AtomicReference<>("");
    String scraped;
    try {
      scraped =
          Eventually.await(
              "the detention team's open tasks and the cases opened counted",
              Duration.ofSeconds(90),
              () -> {
                // a scrape may fall in the middle of a count: wait for both figures
                String text = scrape(ItSettings.managementUrl() + "metrics");
                last.set(text);
                return atLeastOne(DETENTION_OPEN, text)
                        && atLeastOne(CASES_OPENED, text)
                        && atLeastOne(SIGN_IN_FAILURES, text)
                        && atLeastOne(UNUSUAL_READERS, text)
                    ? text
                    : null;
              });
    } catch (AssertionError e) {
      // our figures as they were last scraped (counts by team, state, purpose only)
      throw new AssertionError(
          e.getMessage()
              + "; outreach lines scraped: "
              + last.get().lines().filter(line -> line.contains("outreach")).toList()
              + "; "
              + last.get().lines().count()
              + " lines in all",
          e);
    } finally {
      assertThat(Fixtures.post(UNUSUAL_READING_LIMIT).statusCode()).isEqualTo(204);
    }
    assertThat(scraped)
        .contains("# TYPE outreach_tasks_open gauge")
        .containsPattern("(?m)^outreach_tasks_overdue\\{[^}]*team=\"detention-team\"")
        .containsPattern("(?m)^outreach_jobs_incidents[ {]")
        .containsPattern("(?m)^outreach_jobs_failed[ {]")
        .containsPattern("(?m)^outreach_jobs_due[ {]")
        .containsPattern("(?m)^outreach_mail_messages\\{[^}]*purpose=\"notice\"[^}]*state=\"sent\"")
        .containsPattern("(?m)^outreach_imports\\{[^}]*state=\"started\"")
        .containsPattern("(?m)^outreach_imports_people[ {]")
        .containsPattern("(?m)^outreach_mail_held[ {]");
    assertThat(LeakScan.foundIn(scraped, marker)).isEmpty();

    // the public port does not serve them
    HttpResponse<String> publicPort =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve("/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(publicPort.statusCode()).isEqualTo(404);
  }

  /** A sign-in the application refuses: an account that does not exist. */
  private static void refusedSignIn(String username) throws IOException, InterruptedException {
    URI base = URI.create(ItSettings.baseUrl());
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    http.send(
        HttpRequest.newBuilder(base.resolve("inbox.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> refused =
        http.send(
            HttpRequest.newBuilder(base.resolve("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=not-the-password-0123"))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(refused.headers().firstValue("Location").orElse("")).contains("failed");
  }

  private static boolean atLeastOne(Pattern figure, String scraped) {
    Matcher matcher = figure.matcher(scraped);
    return matcher.find() && Double.parseDouble(matcher.group(matcher.groupCount())) >= 1;
  }

  private static String scrape(String url) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
