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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;

/**
 * Test-only, for browser tests of the review of the diligent effort.
 *
 * <p>{@code POST /review?case=<id>} brings a case whose locate task was concluded "not found" to
 * its review, the way time would: the locate process's threshold of attempts is set to the next
 * attempt, the wait before it runs now, and the job executor records the attempt, which reaches the
 * threshold. Answers 204 once the review task is open, 409 if it does not open.
 *
 * <p>{@code GET /review?case=<id>&marker=<m>[&marker=...]} answers {@code key=value} lines about
 * the case's reviews: rows, decision, whether the reason is sealed and under which key, whether a
 * marker appears in any stored column, the audit events on the case by action (and those with
 * purpose SUPERVISION), the open review and locate tasks, the decision the engine recorded and
 * where the locate process ended. Counts and flags only.
 */
@WebServlet("/review")
public class ReviewFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject RuntimeService runtimeService;
  @Inject ManagementService managementService;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String caseId = UUID.fromString(request.getParameter("case")).toString();
    ProcessInstance locate =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .processDefinitionKey(LocatePersonProcess.PROCESS_KEY)
            .singleResult();
    if (locate == null) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "no locate process");
      return;
    }
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(locate.getId())
            .activityId(LocatePersonProcess.TIMER_NEXT_ATTEMPT)
            .singleResult();
    if (timer == null) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "no wait for the next attempt");
      return;
    }
    Object attempts =
        runtimeService.getVariable(locate.getId(), ProcessVariables.VAR_LOCATE_ATTEMPTS);
    int next = (attempts instanceof Number number ? number.intValue() : 0) + 1;
    runtimeService.setVariable(locate.getId(), ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, next);
    managementService.executeJob(timer.getId());
    for (int wait = 0; wait < 120; wait++) {
      if (openTasks(caseId, LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT) > 0) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    response.sendError(HttpServletResponse.SC_CONFLICT, "the review task did not open");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID caseId = UUID.fromString(request.getParameter("case"));
    String[] given = request.getParameterValues("marker");
    List<String> markers =
        given == null
            ? List.of()
            : Arrays.stream(given).map(m -> m.toLowerCase(Locale.ROOT)).toList();
    Map<String, String> facts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      int rows = 0;
      int sealedReasons = 0;
      boolean markerStored = false;
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT decision, reason, key_id, attempts_reviewed, reviewed_by, task_id"
                  + " FROM diligent_effort_review WHERE case_id = ?")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            rows++;
            facts.put("decision", result.getString("decision"));
            facts.put("keyId", result.getString("key_id"));
            facts.put("attemptsReviewed", String.valueOf(result.getInt("attempts_reviewed")));
            facts.put("reviewedBy", result.getString("reviewed_by"));
            String reason = result.getString("reason");
            if (reason != null && reason.startsWith("v1:" + result.getString("key_id") + ":")) {
              sealedReasons++;
            }
            for (int column = 1; column <= 6; column++) {
              String value = result.getString(column);
              if (value != null
                  && markers.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
                markerStored = true;
              }
            }
          }
        }
      }
      facts.put("rows", String.valueOf(rows));
      facts.put("sealedReasons", String.valueOf(sealedReasons));
      facts.put("markerStored", String.valueOf(markerStored));
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT action, purpose, COUNT(*) FROM audit_event WHERE case_id = ?"
                  + " GROUP BY action, purpose")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            facts.merge(
                "audit." + result.getString(1),
                String.valueOf(result.getLong(3)),
                ReviewFixtureServlet::sum);
            facts.merge(
                "audit." + result.getString(1) + "." + result.getString(2),
                String.valueOf(result.getLong(3)),
                ReviewFixtureServlet::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String key = caseId.toString();
    facts.put(
        "openReviewTasks",
        String.valueOf(openTasks(key, LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT)));
    facts.put(
        "openLocateTasks", String.valueOf(openTasks(key, LocatePersonProcess.TASK_LOCATE_PERSON)));
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(key)
            .processDefinitionKey(LocatePersonProcess.PROCESS_KEY)
            .list()) {
      if (instance.getEndTime() != null) {
        facts.put("locateEndedAt", String.valueOf(instance.getEndActivityId()));
      }
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(instance.getId())
              .variableName(ProcessVariables.VAR_DILIGENT_EFFORT_DECISION)
              .list()) {
        facts.put("decisionVariable", String.valueOf(variable.getValue()));
      }
    }
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }

  private long openTasks(String caseId, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey)
        .count();
  }

  private static String sum(String a, String b) {
    return String.valueOf(Long.parseLong(a) + Long.parseLong(b));
  }
}
