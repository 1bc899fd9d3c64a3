package org.outreach.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Plain HTTP with Basic credentials against the application, from inside the server the tests run
 * in.
 */
public final class BasicHttp {

  private BasicHttp() {}

  public record Answer(int status, String contentType, String body) {}

  /** The application's address as seen from inside the server, ending in {@code /outreach/}. */
  public static URI base() {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return URI.create("http://127.0.0.1:" + port + "/outreach/");
  }

  /** The value of an {@code Authorization} header for these credentials. */
  public static String authorization(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static Answer get(String user, String password, String path) throws IOException {
    return send("GET", user, password, path);
  }

  /** A POST with an empty body. */
  public static Answer post(String user, String password, String path) throws IOException {
    return send("POST", user, password, path);
  }

  private static Answer send(String method, String user, String password, String path)
      throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) base().resolve(path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setInstanceFollowRedirects(false);
    connection.setRequestProperty("Accept", "application/json");
    connection.setRequestProperty("Authorization", authorization(user, password));
    if (method.equals("POST")) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(new byte[0]);
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    String type = connection.getContentType() == null ? "" : connection.getContentType();
    connection.disconnect();
    return new Answer(status, type, body);
  }
}
