package org.outreach.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: {@code POST /settings?name=outreach.x&value=v} sets one of the server's settings that
 * are read at each use (a system property, for the whole server), and without {@code value} takes
 * it away again, so the default holds. Only names under {@code outreach.}.
 */
@WebServlet("/settings")
public class SettingsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getParameter("name");
    if (name == null || !name.startsWith("outreach.")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name: a setting under outreach.");
      return;
    }
    String value = request.getParameter("value");
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
