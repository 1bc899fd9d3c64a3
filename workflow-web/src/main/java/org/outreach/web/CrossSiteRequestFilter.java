package org.outreach.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a REST request that changes state and that another site could have made a logged-in
 * browser send. An HTML form, or a script of another site without the server's consent, can only
 * send a body typed {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or
 * {@code text/plain}, or no body at all, and cannot add a header of its own. So a POST, PUT, PATCH
 * or DELETE must either carry the type its door documents ({@code application/json}, {@code
 * text/csv}, a document's own type) or the header {@value #HEADER} with any value: without a body
 * type the answer is 403, with a form's type 415, both naming this rule. It runs before a request
 * is matched to its door, so a door that takes another type answers with this rule too.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  /** The header a client sends to show it is not a form of another site. */
  public static final String HEADER = "X-Requested-By";

  private static final Set<String> CHANGING =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  /** The types a form, or a script of another site without a preflight, can send. */
  private static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  static final String WITHOUT_TYPE =
      HEADER
          + ": required on a request that changes something and has no body type; send it with"
          + " any value, or send Content-Type: application/json (cross-site request rule)";

  static final String FORM_TYPE =
      "Content-Type: must be the type this request documents (application/json, text/csv, or a"
          + " document's own type), not one an HTML form sends; or send the header "
          + HEADER
          + " (cross-site request rule)";

  /** Why a request is refused: the status and the rule. */
  record Refusal(Response.Status status, String rule) {}

  @Override
  public void filter(ContainerRequestContext request) {
    refusal(request.getMethod(), request.getMediaType(), request.getHeaderString(HEADER) != null)
        .ifPresent(refused -> request.abortWith(Problems.of(refused.status(), refused.rule())));
  }

  /** Empty when the request may go on. */
  static Optional<Refusal> refusal(String method, MediaType type, boolean hasHeader) {
    if (hasHeader || method == null || !CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (type == null) {
      return Optional.of(new Refusal(Response.Status.FORBIDDEN, WITHOUT_TYPE));
    }
    String base = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    if (FORM_TYPES.contains(base)) {
      return Optional.of(new Refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, FORM_TYPE));
    }
    return Optional.empty();
  }
}
