package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Test-only: answers how many jobs the job executor could run now (async steps and due timers,
 * retries left, their process instance not suspended; a job suspended on its own counts, as work
 * that waits for someone to release it), so a benchmark or a test class can wait until the server
 * is quiet. With {@code ?describe}, those jobs by element, suspended or not, and locked by a job
 * executor or not, for a failure message. Ids, element names and counts only.
 */
@WebServlet("/jobs/executable")
public class JobsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ManagementService managementService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    if (request.getParameter("describe") == null) {
      response.getWriter().print(managementService.createJobQuery().executable().count());
      return;
    }
    Map<String, String> elements =
        managementService.createJobDefinitionQuery().list().stream()
            .collect(
                Collectors.toMap(
                    JobDefinition::getId, JobDefinition::getActivityId, (one, other) -> one));
    Date now = new Date();
    Function<Job, String> kind =
        job ->
            elements.getOrDefault(String.valueOf(job.getJobDefinitionId()), "?")
                + (job.isSuspended() ? " suspended" : "")
                + (job.getDuedate() != null && job.getDuedate().after(now) ? " later" : "");
    Map<String, Long> counts =
        managementService.createJobQuery().executable().listPage(0, 1_000).stream()
            .collect(Collectors.groupingBy(kind, TreeMap::new, Collectors.counting()));
    response.getWriter().print(counts);
  }
}
