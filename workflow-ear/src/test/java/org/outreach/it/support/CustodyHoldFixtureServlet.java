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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.correlation.CaseEvents;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;

/**
 * Test-only, for browser tests of the custody review and of stopping a scheduled removal.
 *
 * <p>{@code POST /custody-hold?case=<id>&to=custody-review} brings a detained person's case to its
 * custody review the way the campaign would: once the hand delivery task is open it is completed as
 * delivered, and the job executor proves the notice and starts the review. {@code to=removal-stop}
 * tells the case, once its removal hold stands, that a removal is scheduled in two days, which
 * raises the supervisors' urgent task. Both answer 204 once the task is open, 409 if it does not
 * open.
 *
 * <p>{@code GET /custody-hold?case=<id>&marker=<m>[&marker=...]} answers {@code key=value} lines:
 * the rows of {@code custody_review} and {@code removal_stop} (plain columns, and whether each
 * sealed column is sealed), whether a marker appears in any stored column of them or in any process
 * variable of the case, the audit events on the case by action, the open tasks of both kinds, the
 * custody review's outcome as the engine and the case hold it, and where the custody review and the
 * removal branch ended. Counts, enums and flags only.
 */
@WebServlet("/custody-hold")
public class CustodyHoldFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject RuntimeService runtimeService;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject CaseEvents caseEvents;
  @Inject AsSystem asSystem;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String caseId = UUID.fromString(request.getParameter("case")).toString();
    String to = request.getParameter("to");
    if ("custody-review".equals(to)) {
      if (!await(() -> openTasks(caseId, DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE) > 0)) {
        response.sendError(HttpServletResponse.SC_CONFLICT, "no hand delivery task");
        return;
      }
      Task delivery =
          taskService
              .createTaskQuery()
              .processInstanceBusinessKey(caseId)
              .taskDefinitionKey(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)
              .singleResult();
      asSystem.run(
          () ->
              taskService.complete(
                  delivery.getId(),
                  Map.of(
                      ProcessVariables.VAR_DELIVERY_OUTCOME,
                      DeliverNoticeProcess.DELIVERY_DELIVERED)));
      answer(
          response,
          await(() -> openTasks(caseId, CustodyReviewProcess.TASK_REVIEW_CUSTODY) > 0),
          "the custody review did not open");
      return;
    }
    if ("removal-stop".equals(to)) {
      if (!await(() -> Boolean.TRUE.equals(holdActive(caseId)))) {
        response.sendError(HttpServletResponse.SC_CONFLICT, "no removal hold in place");
        return;
      }
      scheduleRemoval(UUID.fromString(caseId));
      answer(
          response,
          await(() -> openTasks(caseId, OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL) > 0),
          "the removal-stop task did not open");
      return;
    }
    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "to: custody-review or removal-stop");
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
    facts.put("markerStored", "false");
    try (Connection connection = dataSource.getConnection()) {
      int reviews = 0;
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT decision, decided_on, grounds, key_id, recorded_by, task_id"
                  + " FROM custody_review WHERE case_id = ?")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            reviews++;
            facts.put("review.decision", result.getString("decision"));
            facts.put("review.decided_on", String.valueOf(result.getString("decided_on")));
            facts.put("review.grounds", sealing(result.getString("grounds")));
            facts.put("review.recorded_by", result.getString("recorded_by"));
            markers(result, 6, markers, facts);
          }
        }
      }
      facts.put("review.rows", String.valueOf(reviews));
      int stops = 0;
      int stopped = 0;
      int sealedReached = 0;
      int notes = 0;
      int sealedNotes = 0;
      StringBuilder channels = new StringBuilder();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT reached, channel, reached_at, stopped, note, key_id, recorded_by, task_id"
                  + " FROM removal_stop WHERE case_id = ? ORDER BY recorded_at")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            stops++;
            stopped += result.getBoolean("stopped") ? 1 : 0;
            sealedReached += "sealed".equals(sealing(result.getString("reached"))) ? 1 : 0;
            String note = result.getString("note");
            notes += note == null ? 0 : 1;
            sealedNotes += "sealed".equals(sealing(note)) ? 1 : 0;
            channels.append(channels.length() == 0 ? "" : ",").append(result.getString("channel"));
            facts.put("stop.recorded_by", result.getString("recorded_by"));
            markers(result, 8, markers, facts);
          }
        }
      }
      facts.put("stop.rows", String.valueOf(stops));
      facts.put("stop.stopped", String.valueOf(stopped));
      facts.put("stop.sealedReached", String.valueOf(sealedReached));
      facts.put("stop.notes", String.valueOf(notes));
      facts.put("stop.sealedNotes", String.valueOf(sealedNotes));
      facts.put("stop.channels", channels.toString());
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT action, COUNT(*) FROM audit_event WHERE case_id = ? GROUP BY action")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            facts.put("audit." + result.getString(1), String.valueOf(result.getLong(2)));
          }
        }
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT custody_review_outcome FROM outreach_case WHERE id = ?")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          if (result.next()) {
            facts.put("caseCustodyReviewOutcome", String.valueOf(result.getString(1)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String key = caseId.toString();
    facts.put(
        "openReviewTasks",
        String.valueOf(openTasks(key, CustodyReviewProcess.TASK_REVIEW_CUSTODY)));
    facts.put(
        "openStopTasks",
        String.valueOf(openTasks(key, OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL)));
    facts.put("markerInVariables", "false");
    String[] instances =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(key)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toArray(String[]::new);
    for (HistoricVariableInstance variable :
        instances.length == 0
            ? List.<HistoricVariableInstance>of()
            : historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances)
                .list()) {
      String value = String.valueOf(variable.getValue()).toLowerCase(Locale.ROOT);
      if (markers.stream().anyMatch(value::contains)) {
        facts.put("markerInVariables", "true");
      }
      if (ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME.equals(variable.getName())) {
        facts.put("custodyReviewOutcomeVariable", String.valueOf(variable.getValue()));
      }
    }
    facts.put(
        "custodyReviewEnded",
        String.valueOf(finished(key, CustodyReviewProcess.END_CUSTODY_REVIEWED)));
    facts.put(
        "removalStoppedEnded", String.valueOf(finished(key, OutreachProcess.END_REMOVAL_STOPPED)));
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }

  private static String sealing(String value) {
    return value == null ? "null" : value.startsWith("v1:") ? "sealed" : "plain";
  }

  private static void markers(
      ResultSet result, int columns, List<String> markers, Map<String, String> facts)
      throws SQLException {
    for (int column = 1; column <= columns; column++) {
      String value = result.getString(column);
      if (value != null && markers.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
        facts.put("markerStored", "true");
      }
    }
  }

  private Object holdActive(String caseId) {
    ProcessInstance outreach =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .processDefinitionKey(OutreachProcess.PROCESS_KEY)
            .singleResult();
    return outreach == null
        ? null
        : runtimeService.getVariable(outreach.getId(), ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE);
  }

  private long openTasks(String caseId, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey)
        .count();
  }

  /** How many times the activity ran to its end in the case's processes. */
  private long finished(String caseId, String activityId) {
    long count = 0;
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .list()) {
      count +=
          historyService
              .createHistoricActivityInstanceQuery()
              .processInstanceId(instance.getId())
              .activityId(activityId)
              .finished()
              .count();
    }
    return count;
  }

  /**
   * Tells the case a removal is scheduled, as the removal office's door would. The hold's step may
   * still be finishing on the job executor: the message then meets a stale execution
   * (OptimisticLockingException, nothing written) and is told again.
   */
  private void scheduleRemoval(UUID caseId) {
    for (int attempt = 1; ; attempt++) {
      try {
        asSystem.get(
            () -> caseEvents.removalScheduled(caseId, Instant.now().plus(2, ChronoUnit.DAYS)));
        return;
      } catch (RuntimeException e) {
        if (attempt == 10 || !causedByOptimisticLocking(e)) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean causedByOptimisticLocking(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  private static boolean await(BooleanSupplier condition) {
    for (int wait = 0; wait < 480; wait++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  private static void answer(HttpServletResponse response, boolean open, String otherwise)
      throws IOException {
    if (open) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else {
      response.sendError(HttpServletResponse.SC_CONFLICT, otherwise);
    }
  }
}
