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

  /** An answer: its status, type, body as text and as bytes, and its Content-Disposition. */
  public record Answer(
      int status, String contentType, String body, byte[] bytes, String disposition) {}

  /**
   * The application's address, ending in {@code /outreach/}: the test client's setting when the
   * test runs outside the server, else as seen from inside it.
   */
  public static URI base() {
    String client = System.getProperty("outreach.it.base-url");
    if (client != null) {
      return URI.create(client.endsWith("/") ? client : client + "/");
    }
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
    return send("GET", user, password, path, null, null);
  }

  /** A POST with an empty body. */
  public static Answer post(String user, String password, String path) throws IOException {
    return send("POST", user, password, path, null, new byte[0]);
  }

  /** A POST with a body of the given type. */
  public static Answer post(
      String user, String password, String path, String contentType, String body)
      throws IOException {
    return send("POST", user, password, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer send(
      String method, String user, String password, String path, String type, byte[] body)
      throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) base().resolve(path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setInstanceFollowRedirects(false);
    // JSON where a door offers it, else what it gives (a CSV, a PDF)
    connection.setRequestProperty("Accept", "application/json, */*;q=0.5");
    connection.setRequestProperty("Authorization", authorization(user, password));
    if (type != null) {
      connection.setRequestProperty("Content-Type", type);
    }
    if (!"GET".equals(method)) {
      // as every REST client must: a form of another site cannot send it
      connection.setRequestProperty("X-Requested-By", "outreach-it");
    }
    if (body != null) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
    String contentType = connection.getContentType() == null ? "" : connection.getContentType();
    String disposition = connection.getHeaderField("Content-Disposition");
    connection.disconnect();
    return new Answer(
        status,
        contentType,
        new String(bytes, StandardCharsets.UTF_8),
        bytes,
        disposition == null ? "" : disposition);
  }
}
