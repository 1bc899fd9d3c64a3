package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test-only: a step of a case's process that fails, for the failed steps page. {@code POST
 * /failing-step?case=<case id>&marker=<m>} starts, for the case, a one-step process whose step is
 * the campaign's real {@code loadCaseFactsDelegate} given a case id that is the marker's text (so
 * the step fails as a real one does when a value is wrong, and the marker is what a leaking error
 * would repeat); it is tried once more a second later, then it is out of tries. {@code GET
 * /failing-step?case=<case id>&marker=<m>} answers the job's retries, its error message, whether
 * the error's full stack trace as the engine stored it holds the marker, and the case's audited
 * retries as {@code retriedBy=<actor>} lines.
 */
@WebServlet("/failing-step")
public class FailingStepFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PROCESS = "it-failing-step";

  private static final String MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                   targetNamespace="http://outreach.org/it">
        <process id="it-failing-step" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="Start"/>
          <sequenceFlow id="toStep" sourceRef="Start" targetRef="Task_LoadFacts"/>
          <serviceTask id="Task_LoadFacts" name="Load the case's facts"
                       camunda:asyncBefore="true"
                       camunda:delegateExpression="${loadCaseFactsDelegate}">
            <extensionElements>
              <camunda:failedJobRetryTimeCycle>R2/PT1S</camunda:failedJobRetryTimeCycle>
            </extensionElements>
          </serviceTask>
          <sequenceFlow id="toEnd" sourceRef="Task_LoadFacts" targetRef="End"/>
          <endEvent id="End"/>
        </process>
      </definitions>
      """;

  @Inject RepositoryService repositoryService;
  @Inject RuntimeService runtimeService;
  @Inject ManagementService managementService;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID caseId = UUID.fromString(request.getParameter("case"));
    String marker = request.getParameter("marker");
    if ("true".equals(request.getParameter("repair"))) {
      // what a supervisor would have put right: the step's value is the case's id again
      for (ProcessInstance instance :
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(PROCESS)
              .processInstanceBusinessKey(caseId.toString())
              .list()) {
        runtimeService.setVariable(instance.getId(), "caseId", caseId.toString());
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    synchronized (FailingStepFixtureServlet.class) {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()
          == 0) {
        String deployment =
            repositoryService
                .createDeployment()
                .name(PROCESS)
                .addString(PROCESS + ".bpmn", MODEL)
                .deploy()
                .getId();
        managementService.registerDeploymentForJobExecutor(deployment);
      }
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            PROCESS, caseId.toString(), java.util.Map.of("caseId", "Given " + marker));
    response.setContentType("text/plain");
    response.getWriter().print(instance.getId());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID caseId = UUID.fromString(request.getParameter("case"));
    String marker = request.getParameter("marker");
    StringBuilder answer = new StringBuilder();
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS)
            .processInstanceBusinessKey(caseId.toString())
            .list();
    for (ProcessInstance instance : instances) {
      for (Job job :
          managementService.createJobQuery().processInstanceId(instance.getId()).list()) {
        answer.append("retries=").append(job.getRetries()).append('\n');
        answer.append("message=").append(job.getExceptionMessage()).append('\n');
        String trace =
            job.getExceptionMessage() == null
                ? ""
                : managementService.getJobExceptionStacktrace(job.getId());
        answer
            .append("traceHoldsMarker=")
            .append(!LeakScan.foundIn(trace, marker).isEmpty())
            .append('\n');
      }
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor, purpose, reason FROM audit_event"
                    + " WHERE case_id = ? AND action = 'RETRY_FAILED_JOB'")) {
      query.setObject(1, caseId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          answer
              .append("retriedBy=")
              .append(result.getString(1))
              .append(' ')
              .append(result.getString(2))
              .append(' ')
              .append(result.getString(3))
              .append('\n');
        }
      }
    } catch (SQLException e) {
      throw new IOException("audit_event could not be read", e);
    }
    response.setContentType("text/plain");
    response.getWriter().print(answer);
  }
}
