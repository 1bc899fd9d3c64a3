package org.outreach.session.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages about cases must not be cached, framed, sniffed, or leak their URL to other sites. Static
 * resources keep their caching.
 *
 * <p>Every response carries a Content-Security-Policy. Pages get theirs from PrimeFaces, which adds
 * the nonce of its scripts to the policy configured in {@code web.xml}; the policy set here for
 * them names no source of scripts, so the two together still let those scripts run while framing,
 * plug-ins, a foreign base URL and form posts to other sites stay refused even if a page fails
 * before PrimeFaces adds its own. Everything else (REST answers, resources, error pages) gets the
 * whole policy here. The filter runs again when a request is forwarded (the login form shown in
 * place of a protected address) or ends on an error page, so the policy is that of what is shown.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** What holds for every response, pages included. */
  static final String BASE_POLICY =
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** For responses that are not pages: only the application's own resources, no inline script. */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " + BASE_POLICY;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", isPage(request) ? BASE_POLICY : POLICY);
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  /**
   * The headers of an answer that is not a page, set again on an answer that was reset after a
   * failure (see {@code FailureFilter}).
   */
  public static void applyTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Cache-Control", "no-store");
  }

  /** A request the Faces servlet renders as a page, including the welcome page at the root. */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI();
    return (path.endsWith(".xhtml") || path.endsWith("/"))
        && !path.contains("/jakarta.faces.resource/");
  }
}
