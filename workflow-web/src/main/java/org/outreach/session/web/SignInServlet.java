package org.outreach.session.web;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.logging.Logger;
import org.outreach.users.SignInCheck;
import org.outreach.users.SignIns;

/**
 * The login form's target, in front of the server's own form login (whose {@code j_security_check}
 * address {@code WEB-INF/undertow-handlers.conf} closes): asks {@link SignIns} whether this sign-in
 * may go ahead, and only then logs the person in through the server ({@code
 * HttpServletRequest.login}), in a new session, and sends them to the page they asked for. Every
 * other answer goes back to the login page with what may be told: failed (a wrong password and an
 * unknown user alike), locked until a time (only after the right password), or too many failures
 * from this address.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

  /** The login page's fields. */
  static final String USERNAME = "username";

  static final String PASSWORD = "password";
  static final String TARGET = "target";

  @EJB private SignIns signIns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.xhtml");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = request.getParameter(USERNAME);
    String typed = request.getParameter(PASSWORD);
    String target = LoginTargets.safe(request.getContextPath(), request.getParameter(TARGET));
    char[] password = typed == null ? new char[0] : typed.toCharArray();
    try {
      if (request.getRemoteUser() != null) {
        response.sendRedirect(target);
        return;
      }
      SignInCheck check = signIns.check(username, password, request.getRemoteAddr());
      switch (check.verdict()) {
        case ACCEPTED -> logIn(request, response, username, typed, target);
        case LOCKED -> back(request, response, "locked", check.until().getEpochSecond());
        case ADDRESS_REFUSED -> back(request, response, "slowed", check.until().getEpochSecond());
        case REFUSED -> back(request, response, "failed", 0);
      }
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private void logIn(
      HttpServletRequest request,
      HttpServletResponse response,
      String username,
      String password,
      String target)
      throws IOException {
    // Nothing a session begun before the login (the login page's own) holds carries over into
    // it, and it goes on under a new id. The session is emptied rather than replaced: a session
    // invalidated and created again in one request stays locked on its server when sessions are
    // shared by several (docs/operations.md), and no other server could take it over.
    HttpSession session = request.getSession(true);
    for (String name : Collections.list(session.getAttributeNames())) {
      session.removeAttribute(name);
    }
    try {
      request.login(username, password);
    } catch (ServletException e) {
      // the right password, refused by the server itself: its own lockout of repeated HTTP Basic
      // failures (security.cli), or the account disabled this instant
      LOG.info(() -> "Sign-in of account " + username + " refused by the server's realm");
      back(request, response, "locked", 0);
      return;
    }
    request.changeSessionId();
    signIns.signedIn(username, request.getRemoteAddr());
    response.sendRedirect(target);
  }

  private void back(
      HttpServletRequest request, HttpServletResponse response, String what, long until)
      throws IOException {
    response.sendRedirect(
        request.getContextPath()
            + "/login.xhtml?"
            + what
            + "="
            + (until > 0 ? Long.toString(until) : "true"));
  }
}
