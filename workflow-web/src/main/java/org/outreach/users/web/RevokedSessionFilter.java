package org.outreach.users.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.outreach.users.UserDirectory;

/**
 * Ends a console session 12 hours after its login ({@link #LONGEST}), and one whose account an
 * administrator has since reset or disabled: the session remembers the account's session generation
 * from its first request, and each request compares it with the account's current one (one read by
 * primary key; scripts, styles and images are not checked). A session that no longer matches is
 * invalidated and logged out; a page is sent to the login, the REST API answers 401. Requests
 * without a session (HTTP Basic) are checked by the realm on every request anyway.
 */
@WebFilter(urlPatterns = "/*")
public class RevokedSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(RevokedSessionFilter.class.getName());

  /** The session's attribute: the account's session generation when the session began. */
  static final String GENERATION = RevokedSessionFilter.class.getName() + ".generation";

  static final String ENDED =
      "session: ended because an administrator reset this account's password or disabled it; log"
          + " in again";

  static final String OUTLIVED = "session: ended after 12 hours, however busy; log in again";

  /**
   * The longest a console session lasts from its login, however busy: a session taken from an
   * unattended computer or a stolen cookie does not stay useful for days (the idle limit of 30
   * minutes is the server's, in web.xml).
   */
  static final Duration LONGEST = Duration.ofHours(12);

  @EJB private UserDirectory users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session == null
        || request.getRemoteUser() == null
        || resource(request)
        || !staff(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (outlived(session.getCreationTime(), System.currentTimeMillis())) {
      LOG.info("A console session ended: it began 12 hours ago");
      end(request, response, session, OUTLIVED);
      return;
    }
    long current = users.sessionGeneration();
    Object started = session.getAttribute(GENERATION);
    if (started == null && current >= 0) {
      session.setAttribute(GENERATION, current);
      chain.doFilter(request, response);
      return;
    }
    if (started instanceof Long generation && generation == current) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("A console session ended: its account was reset or disabled since it began");
    end(request, response, session, ENDED);
  }

  /** Whether a session that began at {@code created} (milliseconds) has lasted too long. */
  static boolean outlived(long created, long now) {
    return now - created > LONGEST.toMillis();
  }

  private static void end(
      HttpServletRequest request, HttpServletResponse response, HttpSession session, String why)
      throws IOException, ServletException {
    session.invalidate();
    request.logout();
    if (path(request).startsWith("/api/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                  + why
                  + "\"}");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/");
  }

  /** Scripts, styles and images: nothing of a case, and a page asks for many of them. */
  private static boolean resource(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The roles with a console; the removal office's account has only its door. */
  private static boolean staff(HttpServletRequest request) {
    return request.isUserInRole("caseworker")
        || request.isUserInRole("supervisor")
        || request.isUserInRole("admin");
  }
}
