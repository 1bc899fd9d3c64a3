package org.outreach.it.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many jobs the server's job executor could run now (async steps and due timers, retries left),
 * read from {@link JobsFixtureServlet} in whichever test module is deployed: the fixtures' module
 * of the tests that run as a client, or the test module of those that run in the server. A count of
 * the whole server, from the test client or from inside the server alike.
 */
public final class ServerJobs {

  /** Where the servlet answers: in the fixtures' module, or in the in-server tests' module. */
  private static final String[] PATHS = {
    "/outreach-it-fixtures/jobs/executable", "/outreach-it/jobs/executable"
  };

  private ServerJobs() {}

  /**
   * Those jobs by element and whether suspended (the first thousand), for a failure message; empty
   * when neither test module answers.
   */
  public static String described() {
    return ask("?describe").orElse("");
  }

  /** The count, or empty when neither test module is deployed (nothing to ask). */
  public static OptionalLong executable() {
    try {
      return ask("")
          .map(body -> OptionalLong.of(Long.parseLong(body.strip())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The servlet's answer in whichever module has it; empty when none answers. */
  private static Optional<String> ask(String query) {
    URI base = BasicHttp.base();
    for (String path : PATHS) {
      try {
        HttpURLConnection connection =
            (HttpURLConnection) base.resolve(path + query).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        try {
          if (connection.getResponseCode() == 200) {
            return Optional.of(
                new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
          }
        } finally {
          connection.disconnect();
        }
      } catch (IOException e) {
        // the module is being deployed or undeployed: ask the other, or report nothing
      }
    }
    return Optional.empty();
  }
}
