package org.outreach.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error answers as RFC 9457 problem details ({@code application/problem+json}): a status, a title
 * and a detail that names what is wrong (a parameter, an id, a rule), never a personal value.
 */
public final class Problems {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  public static Response of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  /** 422: nothing was written; {@code problems} name each problem's place and rule. */
  public static Response unprocessable(String detail, List<Map<String, Object>> problems) {
    Map<String, Object> body = body(422, "Unprocessable Content", detail);
    body.put("problems", problems);
    return Response.status(422).type(PROBLEM_JSON).entity(body).build();
  }

  public static Response of(int status, String title, String detail) {
    return Response.status(status).type(PROBLEM_JSON).entity(body(status, title, detail)).build();
  }

  private static Map<String, Object> body(int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return body;
  }
}
