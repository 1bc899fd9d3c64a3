package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Test-only, for the supervisors' console benchmark's peer: what the engine's own monitoring asks
 * for its start page and a process's page, on the server's own database, and nothing else (no case,
 * no page): every process definition's running instances, failed jobs and incidents, and the
 * per-step figures of the latest {@code process}. {@code GET /process-statistics?process=outreach}
 * answers the number of definitions and steps counted.
 */
@WebServlet("/process-statistics")
public class ProcessStatisticsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ManagementService managementService;
  @Inject RepositoryService repositoryService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int definitions =
        managementService
            .createProcessDefinitionStatisticsQuery()
            .includeFailedJobs()
            .includeIncidents()
            .list()
            .size();
    ProcessDefinition latest =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(request.getParameter("process"))
            .latestVersion()
            .singleResult();
    int steps =
        latest == null
            ? 0
            : managementService
                .createActivityStatisticsQuery(latest.getId())
                .includeFailedJobs()
                .includeIncidents()
                .list()
                .size();
    response.setContentType("text/plain");
    response.getWriter().print(definitions + " definitions, " + steps + " steps");
  }
}
