package org.outreach.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the test fixtures' servlets from a browser test (the client side of the run). */
public final class Fixtures {

  private Fixtures() {}

  /** {@code POST /outreach-it-fixtures/<path>} with an empty body; the answer as text. */
  public static HttpResponse<String> post(String path) throws IOException, InterruptedException {
    URI fixture = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/" + path);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(fixture).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** {@code POST /outreach-it-fixtures/<path>} with a text body; the answer as text. */
  public static HttpResponse<String> postText(String path, String body)
      throws IOException, InterruptedException {
    URI fixture = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/" + path);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(fixture)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** {@code GET /outreach-it-fixtures/<path>}; the answer as text. */
  public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI fixture = URI.create(ItSettings.baseUrl()).resolve("/outreach-it-fixtures/" + path);
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(fixture).build(), HttpResponse.BodyHandlers.ofString());
  }
}
