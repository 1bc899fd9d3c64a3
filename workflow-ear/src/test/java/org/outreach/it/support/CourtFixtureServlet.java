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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.Teams;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Test-only, for browser tests of the court-access task forms.
 *
 * <p>{@code POST /court?case=<id>&to=<task key>} brings a newly opened case to a court-access task
 * the way its people would, straight through the engine: the notice task the case's person is given
 * first is completed as delivered, the job executor records the proven notice and starts court
 * access, and the court tasks before {@code to} are completed (the consultation accepted). It also
 * creates {@link #CASEWORKER}, in the legal-access team, unless there is one. Answers 204 once
 * {@code to} is open, 409 naming what it waited for otherwise.
 *
 * <p>{@code GET /court?case=<id>&marker=<m>[&marker=...]} answers {@code key=value} lines about the
 * case's court-access records: the consultation offered ({@code offer.}) and scheduled ({@code
 * schedule.}), the consultation recorded as held ({@code held.}) and the court filing ({@code
 * filing.}), plain columns as they are and sealed ones as {@code sealed}, {@code plain} or {@code
 * null}; the case's documents (kind, type, whether the content is sealed, whether the filing names
 * it); whether a marker appears in any stored column or document content; the audit events on the
 * case by action; the open court tasks; the consultation outcome the process was given; whether the
 * filing was recorded on the case and where court access ended. Counts, enums and flags only.
 */
@WebServlet("/court")
public class CourtFixtureServlet extends HttpServlet {

  /** A caseworker of the legal-access team, to which the court-access tasks are offered. */
  public static final String CASEWORKER = "it-lex";

  private static final long serialVersionUID = 1L;

  private static final long WAIT_MILLIS = 90_000;

  private static final List<String> COURT_TASKS =
      List.of(
          CourtAccessProcess.TASK_OFFER_CONSULTATION,
          CourtAccessProcess.TASK_SCHEDULE_CONSULTATION,
          CourtAccessProcess.TASK_FILE_COURT_NOTICE);

  private static final Set<String> DELIVERY_TASKS =
      Set.of(
          DeliverNoticeProcess.TASK_CALL_PERSON,
          DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
          DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER);

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject TaskService taskService;
  @Inject AsSystem asSystem;
  @Inject HistoryService historyService;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String caseId = UUID.fromString(request.getParameter("case")).toString();
    String to = request.getParameter("to");
    if (!COURT_TASKS.contains(to)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "to: not a court-access task");
      return;
    }
    asAdmin.run(
        () ->
            TestStaff.ensure(
                users,
                CASEWORKER,
                TestStaff.PASSWORD,
                Role.CASEWORKER,
                Set.of(Teams.LEGAL_ACCESS)));
    long until = System.currentTimeMillis() + WAIT_MILLIS;
    try {
      while (true) {
        Task open = openCourtTask(caseId);
        if (open != null && open.getTaskDefinitionKey().equals(to)) {
          response.setStatus(HttpServletResponse.SC_NO_CONTENT);
          return;
        }
        if (open != null) {
          asSystem.run(
              () ->
                  taskService.complete(
                      open.getId(),
                      open.getTaskDefinitionKey().equals(CourtAccessProcess.TASK_OFFER_CONSULTATION)
                          ? Map.of(
                              ProcessVariables.VAR_CONSULTATION_OUTCOME,
                              CourtAccessProcess.CONSULTATION_ACCEPTED)
                          : Map.of()));
        } else {
          for (Task delivery :
              taskService.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
            if (DELIVERY_TASKS.contains(delivery.getTaskDefinitionKey())) {
              asSystem.run(
                  () ->
                      taskService.complete(
                          delivery.getId(),
                          Map.of(
                              ProcessVariables.VAR_DELIVERY_OUTCOME,
                              DeliverNoticeProcess.DELIVERY_DELIVERED)));
            }
          }
        }
        if (System.currentTimeMillis() > until) {
          response.sendError(HttpServletResponse.SC_CONFLICT, "no open task " + to);
          return;
        }
        Thread.sleep(300);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "interrupted");
    }
  }

  private Task openCourtTask(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
        .filter(task -> COURT_TASKS.contains(task.getTaskDefinitionKey()))
        .findFirst()
        .orElse(null);
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
    facts.put("markerInDocument", "false");
    List<String> consultationSealed =
        List.of("counsel_name", "counsel_organisation", "address", "note");
    try (Connection connection = dataSource.getConnection()) {
      String consultation =
          "SELECT outcome, offered_on, scheduled_at, place, counsel_name, counsel_organisation,"
              + " address, note, key_id, recorded_by FROM consultation WHERE case_id = ?"
              + " AND step = ";
      rows(
          connection,
          caseId,
          markers,
          facts,
          "offer",
          consultation + "'OFFERED'",
          consultationSealed);
      rows(
          connection,
          caseId,
          markers,
          facts,
          "schedule",
          consultation + "'SCHEDULED'",
          consultationSealed);
      rows(
          connection,
          caseId,
          markers,
          facts,
          "held",
          "SELECT held_on, recorded_by FROM consultation_held WHERE case_id = ?",
          List.of());
      rows(
          connection,
          caseId,
          markers,
          facts,
          "filing",
          "SELECT court, filed_on, confirmation_number, document_id, key_id, recorded_by"
              + " FROM court_filing WHERE case_id = ?",
          List.of("court", "confirmation_number"));
      documents(connection, caseId, markers, facts);
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
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    for (String task : COURT_TASKS) {
      facts.put(
          "open." + task,
          String.valueOf(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseId.toString())
                  .taskDefinitionKey(task)
                  .count()));
    }
    StringBuilder outcomes = new StringBuilder();
    StringBuilder ends = new StringBuilder();
    int recorded = 0;
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .processDefinitionKey(CourtAccessProcess.PROCESS_KEY)
            .list()) {
      recorded +=
          (int)
              historyService
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(instance.getId())
                  .activityId(CourtAccessProcess.TASK_RECORD_COURT_NOTICE_FILED)
                  .finished()
                  .count();
      if (instance.getEndActivityId() != null) {
        ends.append(ends.length() == 0 ? "" : ",").append(instance.getEndActivityId());
      }
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(instance.getId())
              .variableName(ProcessVariables.VAR_CONSULTATION_OUTCOME)
              .list()) {
        outcomes.append(outcomes.length() == 0 ? "" : ",").append(variable.getValue());
      }
    }
    facts.put("consultationOutcomes", outcomes.toString());
    facts.put("courtNoticeRecorded", String.valueOf(recorded));
    facts.put("courtAccessEnded", ends.toString());
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
   * ({@code v1:} header) and whether the court filing names it; a marker in any content (read as
   * bytes) sets {@code markerInDocument}.
   */
  private static void documents(
      Connection connection, UUID caseId, List<String> markers, Map<String, String> facts)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT d.id, d.kind, d.media_type, d.content,"
                + " (SELECT COUNT(*) FROM court_filing f WHERE f.document_id = d.id)"
                + " FROM case_document d WHERE d.case_id = ?")) {
      query.setObject(1, caseId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows++;
          facts.put("document.kind", result.getString(2));
          facts.put("document.media_type", result.getString(3));
          byte[] content = result.getBytes(4);
          String asText = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
          facts.put("document.content", asText.startsWith("v1:") ? "sealed" : "plain");
          facts.put("document.size", String.valueOf(content.length));
          facts.put("document.filed", String.valueOf(result.getLong(5) == 1));
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
   * (moments and ids as {@code set} or {@code null}), and for each sealed column {@code
   * <prefix>.<column>} as {@code sealed}, {@code plain} or {@code null}. Shared with {@link
   * TravelFixtureServlet}.
   */
  static void rows(
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
            } else if (meta.getColumnType(column) == java.sql.Types.TIMESTAMP
                || meta.getColumnType(column) == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                || name.endsWith("_id") && !name.equals("key_id")) {
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
}
