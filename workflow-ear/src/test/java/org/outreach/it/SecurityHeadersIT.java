package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.RawHttp;
import org.outreach.it.support.TestStaff;

/**
 * The headers a browser is given, read over HTTP as it reads them: a Content-Security-Policy on
 * every page and answer, and a session cookie that scripts cannot read and other sites cannot send.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  private static URI base() {
    return URI.create(ItSettings.baseUrl());
  }

  private static HttpResponse<String> get(HttpClient client, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every policy of the response, which a browser enforces all at once. */
  private static String policies(HttpHeaders headers) {
    return String.join(" | ", headers.allValues("Content-Security-Policy"));
  }

  private static void assertBasePolicy(String policies) {
    assertThat(policies)
        .contains("object-src 'none'")
        .contains("base-uri 'self'")
        .contains("form-action 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-eval")
        .doesNotContain("script-src 'self' 'unsafe-inline'")
        .doesNotContain("http:")
        .doesNotContain("https:");
  }

  /**
   * The page's own scripts may run: every policy that restricts scripts names the nonce its script
   * elements carry.
   */
  private static void assertScriptsOfThePageMayRun(HttpResponse<String> page) {
    String policies = policies(page.headers());
    Matcher nonce = NONCE.matcher(policies);
    assertThat(nonce.find()).as("a script-src with a nonce in: %s", policies).isTrue();
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .filteredOn(policy -> policy.contains("default-src") || policy.contains("script-src"))
        .allSatisfy(policy -> assertThat(policy).contains("'nonce-" + nonce.group(1) + "'"));
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"login.xhtml", "", "inbox.xhtml", "no-such-page.html"})
  void theLoginPageHasAStrictPolicyWhoseNonceIsOnItsScripts(String path)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get(HttpClient.newHttpClient(), path);

    assertThat(page.statusCode()).isEqualTo(200);
    String policies = policies(page.headers());
    assertBasePolicy(policies);
    assertThat(policies).contains("default-src 'self'");
    assertScriptsOfThePageMayRun(page);
  }

  @Test
  void aConsolePageAfterLoginHasTheSamePolicyAndNoInlineEventHandler() throws Exception {
    HttpClient session = FormLogin.session(base(), TestStaff.CASEWORKER, TestStaff.PASSWORD);

    HttpResponse<String> page = get(session, "inbox.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    String policies = policies(page.headers());
    assertBasePolicy(policies);
    assertThat(policies).contains("default-src 'self'");
    assertScriptsOfThePageMayRun(page);
    assertThat(page.body()).doesNotContainPattern("\\son(click|change|submit)=\"");
  }

  @Test
  void aConsoleFormSentWithoutItsPagesNonceIsRefusedAsBadInputNotAsAFailure() throws Exception {
    HttpClient session = FormLogin.session(base(), TestStaff.CASEWORKER, TestStaff.PASSWORD);
    HttpResponse<String> page = get(session, "inbox.xhtml");
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(state.find()).isTrue();
    String form =
        "inbox=inbox&inbox%3Aapply=&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);

    for (String sent : List.of(form, form + "&primefaces.nonce=not-the-pages-nonce")) {
      HttpResponse<String> refused =
          session.send(
              HttpRequest.newBuilder(base().resolve("inbox.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(sent))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body())
          .contains("This form could not be accepted")
          .doesNotContain("Exception")
          .doesNotContain("at org.");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/health/ready", "resources/css/console.css"})
  void answersThatAreNotPagesHaveTheWholePolicyWithoutAnyScriptSource(String path)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = get(HttpClient.newHttpClient(), path);

    String policies = policies(answer.headers());
    assertBasePolicy(policies);
    assertThat(policies).contains("default-src 'self'").doesNotContain("nonce-");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndNeverSentBySomeoneElsesSite()
      throws IOException, InterruptedException {
    HttpResponse<String> login = get(HttpClient.newHttpClient(), "inbox.xhtml");

    List<String> cookies =
        login.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .toList();
    assertThat(cookies).isNotEmpty();
    assertThat(cookies)
        .allSatisfy(
            cookie ->
                assertThat(cookie)
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Strict"));
  }

  /**
   * Plain HTTP to the server's name (not loopback) is sent to HTTPS, on the HTTPS port, before the
   * login: a protected page and the sign-in door alike, path and query kept, the method kept (308).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"GET /outreach/cases/case.xhtml?case=OC-AAAA-BBBB", "POST /outreach/sign-in"})
  void plainHttpToTheServersNameGoesToHttpsFirst(String request) throws Exception {
    String[] parts = request.split(" ");
    List<String> answer =
        RawHttp.head(false, parts[0], "outreach.example:" + base().getPort(), parts[1]);

    assertThat(answer.get(0)).as(String.join("\n", answer)).contains(" 308 ");
    assertThat(header(answer, "Location"))
        .isEqualTo("https://outreach.example:" + RawHttp.httpsPort() + parts[1]);
    assertThat(header(answer, "Set-Cookie")).isNull();
  }

  /**
   * Over HTTPS the server's name gets Strict-Transport-Security and a session cookie marked Secure
   * (with HttpOnly and SameSite=Strict); loopback gets no HSTS, over HTTPS or HTTP, and its plain
   * HTTP answer and cookie stay as they are (the demo and the tests).
   */
  @Test
  void httpsCarriesHstsAndSecureCookiesForTheServersName() throws Exception {
    List<String> named = RawHttp.head(true, "GET", "outreach.example", "/outreach/login.xhtml");
    assertThat(named.get(0)).as(String.join("\n", named)).contains(" 200 ");
    assertThat(header(named, "Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(header(named, "Set-Cookie"))
        .as(String.join("\n", named))
        .startsWith("JSESSIONID=")
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("; HttpOnly")
        .containsIgnoringCase("; SameSite=Strict");

    List<String> loopbackTls =
        RawHttp.head(true, "GET", "127.0.0.1:" + RawHttp.httpsPort(), "/outreach/login.xhtml");
    assertThat(loopbackTls.get(0)).contains(" 200 ");
    assertThat(header(loopbackTls, "Strict-Transport-Security")).isNull();
    assertThat(header(loopbackTls, "Set-Cookie")).containsIgnoringCase("; Secure");

    List<String> loopback =
        RawHttp.head(false, "GET", "localhost:" + base().getPort(), "/outreach/login.xhtml");
    assertThat(loopback.get(0)).contains(" 200 ");
    assertThat(header(loopback, "Strict-Transport-Security")).isNull();
    assertThat(header(loopback, "Set-Cookie"))
        .startsWith("JSESSIONID=")
        .doesNotContainIgnoringCase("; Secure");
  }

  /** The first value of a header in an answer read by {@link RawHttp#head}, or {@code null}. */
  private static String header(List<String> answer, String name) {
    return answer.stream()
        .skip(1)
        .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(line -> line.substring(name.length() + 1).strip())
        .findFirst()
        .orElse(null);
  }
}
