package org.outreach.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An HTTP client logged in through the console's login form, keeping the session cookie: the server
 * checks the password once, as for a browser, instead of at every request as with HTTP Basic.
 */
public final class FormLogin {

  private FormLogin() {}

  /**
   * Logs {@code username} in at the application under {@code base} (ending in {@code /outreach/}).
   */
  public static HttpClient session(URI base, String username, String password)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    // a protected page first, so the server has a session to log in
    http.send(
        HttpRequest.newBuilder(base.resolve("inbox.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<Void> login =
        http.send(
            HttpRequest.newBuilder(base.resolve("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(login.statusCode()).as("login redirects on success").isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("failed");
    return http;
  }
}
