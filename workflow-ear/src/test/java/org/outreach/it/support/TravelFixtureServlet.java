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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.processes.Teams;
import org.outreach.registry.KeyAdministration;
import org.outreach.rotation.ReEncryptionJob;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Test-only, for browser tests of the return-travel task forms.
 *
 * <p>{@code POST /travel?case=<id>&to=<task key>} brings a newly opened case of a removed person
 * reached through a partner to a return-travel task the way its people would, straight through the
 * engine: the partner notice is completed as delivered, the job executor records the proven notice
 * and starts the follow-up, and the return-travel tasks before {@code to} are completed (the person
 * wishes to return). It also creates {@link #CASEWORKER}, in the removal team, unless there is one.
 * Answers 204 once {@code to} is open, 409 naming what it waited for otherwise.
 *
 * <p>{@code GET /travel?case=<id>&marker=<m>[&marker=...]} answers {@code key=value} lines about
 * the case's return-travel records by step ({@code wish.}, {@code documents.}, {@code booking.},
 * {@code arrival.}), plain columns as they are and sealed ones as {@code sealed}, {@code plain} or
 * {@code null}; whether a marker appears in any stored column; the audit events on the case by
 * action; the open return-travel tasks; the wish and arrival the process was given; whether the
 * return was recorded on the case and where return travel ended. Counts, enums and flags only.
 *
 * <p>{@code POST /travel?case=<id>&rotate=<new key id>} rotates the data key the way an operator
 * does ({@link DataKeysProperty}: a fresh key made current, the configuration reloaded), runs the
 * re-encryption job as an administrator, and makes the old key current again (the new one stays in
 * the ring for what it sealed). It answers the job's {@code travelRecords} and {@code
 * travelRecordsReEncrypted}, the key ids of the case's return-travel rows ({@code caseKeys}) and
 * how many rows of the table were left under another key ({@code otherKeys}).
 */
@WebServlet("/travel")
public class TravelFixtureServlet extends HttpServlet {

  /** A caseworker of the removal team, to which the return-travel tasks are offered. */
  public static final String CASEWORKER = "it-return";

  private static final long serialVersionUID = 1L;

  private static final long WAIT_MILLIS = 90_000;

  private static final List<String> TRAVEL_TASKS =
      List.of(
          ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH,
          ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS,
          ReturnTravelProcess.TASK_BOOK_TRAVEL,
          ReturnTravelProcess.TASK_CONFIRM_ARRIVAL);

  private static final Set<String> DELIVERY_TASKS =
      Set.of(
          DeliverNoticeProcess.TASK_CALL_PERSON,
          DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
          DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER);

  private static final List<String> SEALED =
      List.of(
          "contact_name",
          "contact_organisation",
          "issued_by",
          "carrier",
          "from_place",
          "to_place",
          "booking_reference",
          "note");

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject TaskService taskService;
  @Inject AsSystem asSystem;
  @Inject HistoryService historyService;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject KeyAdministration keys;
  @Inject ReEncryptionJob reEncryption;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("rotate") != null) {
      rotate(request, response);
      return;
    }
    String caseId = UUID.fromString(request.getParameter("case")).toString();
    String to = request.getParameter("to");
    if (!TRAVEL_TASKS.contains(to)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "to: not a return-travel task");
      return;
    }
    asAdmin.run(
        () ->
            TestStaff.ensure(
                users, CASEWORKER, TestStaff.PASSWORD, Role.CASEWORKER, Set.of(Teams.REMOVAL)));
    long until = System.currentTimeMillis() + WAIT_MILLIS;
    try {
      while (true) {
        Task open = openTravelTask(caseId);
        if (open != null && open.getTaskDefinitionKey().equals(to)) {
          response.setStatus(HttpServletResponse.SC_NO_CONTENT);
          return;
        }
        if (open != null) {
          asSystem.run(
              () ->
                  taskService.complete(
                      open.getId(),
                      open.getTaskDefinitionKey()
                              .equals(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH)
                          ? Map.of(
                              ProcessVariables.VAR_RETURN_WISH,
                              ReturnTravelProcess.RETURN_WISHES_TO_RETURN)
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

  private void rotate(HttpServletRequest request, HttpServletResponse response) throws IOException {
    UUID caseId = UUID.fromString(request.getParameter("case"));
    String newKey = request.getParameter("rotate");
    if (!newKey.matches("[a-z][a-z0-9]{1,15}")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "rotate: not a key id");
      return;
    }
    Map<String, String> facts = new TreeMap<>();
    try {
      String oldKey = asAdmin.call(() -> keys.keyIds().current());
      DataKeysProperty.Rotation rotation = DataKeysProperty.rotate(oldKey, newKey);
      try {
        asAdmin.call(() -> keys.reload());
        ReEncryptionJob.Report report = asAdmin.call(() -> reEncryption.run());
        facts.put("currentKey", report.travel().currentKey());
        facts.put("travelRecords", String.valueOf(report.travel().travelRecords()));
        facts.put(
            "travelRecordsReEncrypted", String.valueOf(report.travel().travelRecordsReEncrypted()));
        try (Connection connection = dataSource.getConnection()) {
          StringBuilder caseKeys = new StringBuilder();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT DISTINCT key_id FROM return_travel_step WHERE case_id = ?")) {
            query.setObject(1, caseId);
            try (ResultSet result = query.executeQuery()) {
              while (result.next()) {
                caseKeys.append(caseKeys.length() == 0 ? "" : ",").append(result.getString(1));
              }
            }
          }
          facts.put("caseKeys", caseKeys.toString());
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT COUNT(*) FROM return_travel_step WHERE key_id <> ?")) {
            query.setString(1, newKey);
            try (ResultSet result = query.executeQuery()) {
              result.next();
              facts.put("otherKeys", String.valueOf(result.getLong(1)));
            }
          }
        }
      } finally {
        rotation.restoreCurrent();
        asAdmin.call(() -> keys.reload());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }

  private Task openTravelTask(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
        .filter(task -> TRAVEL_TASKS.contains(task.getTaskDefinitionKey()))
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
    String select =
        "SELECT contact_kind, contact_name, contact_organisation, return_wish, reached_on,"
            + " document_kind, issued_by, issued_on, valid_until, carrier, departure_on,"
            + " from_place, to_place, booking_reference, arrival_outcome, arrival_on, note,"
            + " key_id, recorded_by FROM return_travel_step WHERE case_id = ? AND step = ";
    try (Connection connection = dataSource.getConnection()) {
      for (String step : List.of("WISH", "DOCUMENTS", "BOOKING", "ARRIVAL")) {
        CourtFixtureServlet.rows(
            connection,
            caseId,
            markers,
            facts,
            step.toLowerCase(Locale.ROOT),
            select + "'" + step + "'",
            SEALED);
      }
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
    for (String task : TRAVEL_TASKS) {
      facts.put(
          "open." + task,
          String.valueOf(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseId.toString())
                  .taskDefinitionKey(task)
                  .count()));
    }
    StringBuilder wishes = new StringBuilder();
    StringBuilder arrivals = new StringBuilder();
    StringBuilder ends = new StringBuilder();
    int recorded = 0;
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .processDefinitionKey(ReturnTravelProcess.PROCESS_KEY)
            .list()) {
      recorded +=
          (int)
              historyService
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(instance.getId())
                  .activityId(ReturnTravelProcess.TASK_RECORD_RETURN)
                  .finished()
                  .count();
      if (instance.getEndActivityId() != null) {
        ends.append(ends.length() == 0 ? "" : ",").append(instance.getEndActivityId());
      }
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(instance.getId())
              .list()) {
        if (ProcessVariables.VAR_RETURN_WISH.equals(variable.getName())) {
          wishes.append(wishes.length() == 0 ? "" : ",").append(variable.getValue());
        } else if (ProcessVariables.VAR_ARRIVAL_OUTCOME.equals(variable.getName())) {
          arrivals.append(arrivals.length() == 0 ? "" : ",").append(variable.getValue());
        }
      }
    }
    facts.put("returnWishes", wishes.toString());
    facts.put("arrivalOutcomes", arrivals.toString());
    facts.put("returnRecorded", String.valueOf(recorded));
    facts.put("returnTravelEnded", ends.toString());
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }
}
