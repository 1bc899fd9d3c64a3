package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;

/**
 * Test-only: what the database and the engine hold about the hand-delivery, call and
 * partner-organisation work on one case, for browser tests that cannot look themselves. {@code GET
 * /deliveries?case=<id>&marker=<m>[&marker=...][&fileMarker=<f>]} answers {@code key=value} lines:
 * the rows of {@code hand_delivery}, {@code phone_call} and {@code partner_notice} (their plain
 * columns, and for each sealed column whether it is sealed), whether a marker appears in any stored
 * column of them, the case's documents (kind, type, whether the content is sealed, whether a hand
 * delivery names it) and whether a marker appears in a document's stored bytes, the audit events on
 * the case by action (with the reason of the last), the open hand-delivery, call and partner tasks,
 * the delivery outcomes the deliver-notice process was given, which of its recording steps ran, the
 * channel the case's notice was proven by, and with {@code fileMarker} whether any file under the
 * server's base directory holds it. Counts, enums and flags only.
 */
@WebServlet("/deliveries")
public class DeliveryFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject TaskService taskService;
  @Inject HistoryService historyService;

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
    facts.put("markerInDocument", "false");
    try (Connection connection = dataSource.getConnection()) {
      rows(
          connection,
          caseId,
          markers,
          facts,
          "hand",
          "SELECT outcome, reason, attempted_at, delivered_by, receipt_document_id, recorded_by"
              + " FROM hand_delivery WHERE case_id = ?",
          List.of());
      documents(connection, caseId, markers, facts);
      rows(
          connection,
          caseId,
          markers,
          facts,
          "call",
          "SELECT outcome, language, notice_read, acknowledged, call_back_at, called_at,"
              + " phone, note, key_id, recorded_by FROM phone_call WHERE case_id = ?"
              + " ORDER BY recorded_at",
          List.of("phone", "note"));
      rows(
          connection,
          caseId,
          markers,
          facts,
          "partner",
          "SELECT outcome, asked_on, confirmed_on, partner, key_id, recorded_by"
              + " FROM partner_notice WHERE case_id = ?",
          List.of("partner"));
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT action, COUNT(*), MAX(reason) FROM audit_event WHERE case_id = ?"
                  + " GROUP BY action")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            facts.put("audit." + result.getString(1), String.valueOf(result.getLong(2)));
            facts.put("auditReason." + result.getString(1), String.valueOf(result.getString(3)));
          }
        }
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT notice_channel, notice_proven_at FROM outreach_case WHERE id = ?")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          if (result.next()) {
            facts.put("noticeChannel", String.valueOf(result.getString(1)));
            facts.put("noticeProven", String.valueOf(result.getObject(2) != null));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    facts.put(
        "openHandDeliveryTasks",
        String.valueOf(openTasks(caseId, DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)));
    facts.put(
        "openCallTasks", String.valueOf(openTasks(caseId, DeliverNoticeProcess.TASK_CALL_PERSON)));
    taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseId.toString())
        .taskDefinitionKey(DeliverNoticeProcess.TASK_CALL_PERSON)
        .list()
        .stream()
        .findFirst()
        .ifPresent(
            task -> {
              facts.put(
                  "callTaskDue",
                  task.getDueDate() == null
                      ? "null"
                      : task.getDueDate().toInstant().truncatedTo(ChronoUnit.MINUTES).toString());
              facts.put("callTaskAssignee", String.valueOf(task.getAssignee()));
            });
    facts.put(
        "openPartnerTasks",
        String.valueOf(openTasks(caseId, DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER)));
    StringBuilder outcomes = new StringBuilder();
    int proven = 0;
    int failed = 0;
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .processDefinitionKey(DeliverNoticeProcess.PROCESS_KEY)
            .list()) {
      proven += activities(instance, DeliverNoticeProcess.TASK_RECORD_NOTICE_PROVEN);
      failed += activities(instance, DeliverNoticeProcess.TASK_RECORD_NOTICE_ATTEMPT_FAILED);
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(instance.getId())
              .variableName(ProcessVariables.VAR_DELIVERY_OUTCOME)
              .list()) {
        outcomes.append(outcomes.length() == 0 ? "" : ",").append(variable.getValue());
      }
    }
    facts.put("deliveryOutcomes", outcomes.toString());
    facts.put("recordedProven", String.valueOf(proven));
    facts.put("recordedFailed", String.valueOf(failed));
    String fileMarker = request.getParameter("fileMarker");
    if (fileMarker != null) {
      facts.put(
          "markerInServerFiles",
          String.valueOf(
              !LeakScan.filesHolding(
                      java.nio.file.Path.of(System.getProperty("jboss.server.base.dir")),
                      fileMarker)
                  .isEmpty()));
    }
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }

  /**
   * {@code document.rows}, and of the last document its kind, type, whether its content is sealed
   * ({@code v1:} header), its stored size and whether a hand delivery names it; a marker in any
   * content (read as bytes) sets {@code markerInDocument}.
   */
  private static void documents(
      Connection connection, UUID caseId, List<String> markers, Map<String, String> facts)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT d.id, d.kind, d.media_type, d.content,"
                + " (SELECT COUNT(*) FROM hand_delivery h WHERE h.receipt_document_id = d.id)"
                + " FROM case_document d WHERE d.case_id = ?")) {
      query.setObject(1, caseId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows++;
          facts.put("document.id", result.getString(1));
          facts.put("document.kind", result.getString(2));
          facts.put("document.media_type", result.getString(3));
          byte[] content = result.getBytes(4);
          String asText = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
          facts.put("document.content", asText.startsWith("v1:") ? "sealed" : "plain");
          facts.put("document.size", String.valueOf(content.length));
          facts.put("document.ofDelivery", String.valueOf(result.getLong(5) == 1));
          if (markers.stream().anyMatch(asText::contains)) {
            facts.put("markerInDocument", "true");
          }
        }
      }
    }
    facts.put("document.rows", String.valueOf(rows));
  }

  /**
   * Puts {@code <prefix>.rows}, each plain column of the last row as {@code <prefix>.<column>}
   * (moments as {@code set} or {@code null}), and for each sealed column {@code <prefix>.<column>}
   * as {@code sealed}, {@code plain} or {@code null}.
   */
  private static void rows(
      Connection connection,
      UUID caseId,
      List<String> markers,
      Map<String, String> facts,
      String prefix,
      String sql,
      List<String> sealedColumns)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, caseId);
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          rows++;
          for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
            String value = result.getString(column);
            if (value != null
                && markers.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
              facts.put("markerStored", "true");
            }
            if (sealedColumns.contains(name)) {
              facts.put(
                  prefix + "." + name,
                  value == null ? "null" : value.startsWith("v1:") ? "sealed" : "plain");
            } else if (meta.getColumnType(column) == java.sql.Types.BOOLEAN
                || meta.getColumnType(column) == java.sql.Types.BIT) {
              facts.put(prefix + "." + name, String.valueOf(result.getBoolean(column)));
            } else if (meta.getColumnType(column) == java.sql.Types.TIMESTAMP
                || meta.getColumnType(column) == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
              facts.put(prefix + "." + name, value == null ? "null" : "set");
            } else {
              facts.put(prefix + "." + name, value == null ? "null" : value);
            }
          }
        }
      }
    }
    facts.put(prefix + ".rows", String.valueOf(rows));
  }

  private long openTasks(UUID caseId, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseId.toString())
        .taskDefinitionKey(taskKey)
        .count();
  }

  private int activities(HistoricProcessInstance instance, String activityId) {
    return (int)
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .finished()
            .count();
  }
}
