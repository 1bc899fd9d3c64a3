package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.FailureDrill;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * A failure nobody foresaw, in a page (with and without Ajax) and in a servlet of the console
 * ({@link FailureDrill}, added to the console's module for the tests): the visitor sees the failure
 * page with an incident id, the server log has one line naming that id, and the exception's message
 * (which could quote a person's name) reaches neither the browser nor the log, and no stack either.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleFailureIT {

  private static final Pattern INCIDENT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws Exception {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  private static Path serverLog() {
    return Path.of(System.getProperty("outreach.it.server"), "standalone", "log", "server.log");
  }

  @Test
  void aFailingPageShowsTheIncidentIdWhichTheLogNamesWithoutTheMessageWithAndWithoutAjax()
      throws Exception {
    try (ConsoleUser user = new ConsoleUser()) {
      user.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      for (String button : new String[] {"drill:fail", "drill:failAjax"}) {
        long logBefore = Files.size(serverLog());
        user.open(FailureDrill.PAGE);
        user.driver().findElement(By.id(button)).click();
        Eventually.await(
            "the failure page after " + button,
            () ->
                user.driver().findElements(By.cssSelector("code.incident")).isEmpty()
                    ? null
                    : true);
        user.checkAccessibility("console-failure-" + button.replace(':', '-'));
        String incident = user.textOf("code.incident");
        assertThat(incident).matches(INCIDENT);
        assertThat(user.driver().getCurrentUrl()).endsWith("/failure?incident=" + incident);
        assertThat(user.textOf("#error-title")).isEqualTo("Something went wrong");
        assertThat(user.driver().getPageSource()).doesNotContain(FailureDrill.MARKER);
        assertOneLogLineFor(
            incident, logBefore, "/outreach/" + FailureDrill.PAGE, "IllegalStateException");
      }
    }
  }

  @Test
  void aFailingServletAnswersTheFailurePageWithItsIncidentAnd500() throws Exception {
    long logBefore = Files.size(serverLog());
    HttpClient session =
        FormLogin.session(
            URI.create(ItSettings.baseUrl()), TestStaff.CASEWORKER, TestStaff.PASSWORD);

    HttpResponse<String> answer =
        session.send(
            HttpRequest.newBuilder(
                    URI.create(ItSettings.baseUrl()).resolve(FailureDrill.SERVLET + "?q=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(answer.body()).doesNotContain(FailureDrill.MARKER).doesNotContain("Exception");
    Matcher incident =
        Pattern.compile("class=\"incident\">(" + INCIDENT + ")<").matcher(answer.body());
    assertThat(incident.find()).as(answer.body()).isTrue();
    assertOneLogLineFor(
        incident.group(1),
        logBefore,
        "/outreach/" + FailureDrill.SERVLET,
        "IllegalArgumentException");
  }

  @Test
  void theFailurePageShowsOnlyAnIncidentIdItCouldHaveMade() throws Exception {
    HttpResponse<String> forged =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(ItSettings.baseUrl())
                            .resolve("failure?incident=%3Cb%3Eforged%3C/b%3E"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).as("open without a login").isEqualTo(500);
    assertThat(forged.body())
        .contains("Something went wrong")
        .contains("Algo salió mal")
        .doesNotContain("forged")
        .doesNotContain("class=\"incident\"");
  }

  /**
   * The log written since {@code from} names the incident in exactly one line, with the request's
   * path, no query and the exception's class, and holds neither the exception's message nor a
   * stack.
   */
  private static void assertOneLogLineFor(
      String incident, long from, String path, String exception) {
    String written =
        Eventually.await("the incident in the log", () -> logContaining(incident, from));
    assertThat(written.lines().filter(line -> line.contains(incident)))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("Console request failed, incident " + incident + " (" + path + ")")
                    .contains(exception)
                    .doesNotContain("?q="));
    assertThat(written).doesNotContain(FailureDrill.MARKER);
    assertThat(written.lines().filter(line -> line.startsWith("\tat "))).isEmpty();
  }

  private static String logContaining(String text, long from) {
    try (InputStream in = Files.newInputStream(serverLog())) {
      in.skipNBytes(from);
      String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return written.contains(text) ? written : null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
