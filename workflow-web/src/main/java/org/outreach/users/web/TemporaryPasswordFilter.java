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
import java.util.List;
import org.outreach.users.UserDirectory;

/**
 * Someone logged in with a temporary password (an administrator reset it) may do nothing but choose
 * their own: every console page sends them to {@value #PAGE}, and the REST API answers 403 naming
 * the rule. A session asks once whether its user holds one and remembers the answer until the
 * password is changed; a request without a session (HTTP Basic) asks each time.
 */
@WebFilter(urlPatterns = "/*")
public class TemporaryPasswordFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Where a temporary password is changed. */
  static final String PAGE = "/account/password.xhtml";

  /** The session's answer: whether its user must still change a temporary password. */
  static final String MUST_CHANGE = TemporaryPasswordFilter.class.getName() + ".mustChange";

  /** What a temporary password may still reach: the page to change it and what the page needs. */
  private static final List<String> OPEN =
      List.of(PAGE, "/login.xhtml", "/jakarta.faces.resource/", "/resources/", "/api/health/");

  static final String REFUSED =
      "password: this account holds a temporary password; log in to the console and choose your"
          + " own first";

  @EJB private UserDirectory users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRemoteUser() == null
        || !staff(request)
        || open(request)
        || !mustChange(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (path(request).startsWith("/api/")) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                  + REFUSED
                  + "\"}");
      return;
    }
    response.sendRedirect(request.getContextPath() + PAGE);
  }

  private boolean mustChange(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object known = session == null ? null : session.getAttribute(MUST_CHANGE);
    if (known instanceof Boolean answer) {
      return answer;
    }
    boolean answer = users.mustChangePassword();
    if (session != null) {
      session.setAttribute(MUST_CHANGE, answer);
    }
    return answer;
  }

  /** The roles with a console; the removal office's account has only its door. */
  private static boolean staff(HttpServletRequest request) {
    return request.isUserInRole("caseworker")
        || request.isUserInRole("supervisor")
        || request.isUserInRole("admin");
  }

  private static boolean open(HttpServletRequest request) {
    String path = path(request);
    return OPEN.stream().anyMatch(path::startsWith);
  }

  private static String path(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty() ? "/" : path;
  }
}
