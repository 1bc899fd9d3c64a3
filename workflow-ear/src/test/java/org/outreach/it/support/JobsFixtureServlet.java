package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;

/**
 * Test-only: answers how many jobs the job executor could run now (async steps and due timers, not
 * suspended, retries left), so a benchmark can wait until the server is quiet. Ids and counts only.
 */
@WebServlet("/jobs/executable")
public class JobsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ManagementService managementService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long executable = managementService.createJobQuery().executable().count();
    response.setContentType("text/plain");
    response.getWriter().print(executable);
  }
}
