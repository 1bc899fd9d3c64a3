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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;

/**
 * Test-only: what the database and the engine hold about the locate work on one case, for browser
 * tests that cannot look themselves. {@code GET /locate?case=<id>&marker=<m>[&marker=...]} answers
 * {@code key=value} lines: counts of contact attempt rows, of sealed notes and contact points,
 * whether a marker appears in any stored column of them, the audit events on the case by action,
 * the open locate tasks, and whether the locate process ended (located) with which outcome. Counts
 * and flags only.
 */
@WebServlet("/locate")
public class LocateFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Inject TaskService taskService;
  @Inject HistoryService historyService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID caseId = UUID.fromString(request.getParameter("case"));
    List<String> markers =
        Arrays.stream(request.getParameterValues("marker"))
            .map(m -> m.toLowerCase(Locale.ROOT))
            .toList();
    Map<String, String> facts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      int rows = 0;
      int attempts = 0;
      int notes = 0;
      int sealedNotes = 0;
      int contacts = 0;
      int sealedContacts = 0;
      boolean markerStored = false;
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT conclusion, channel, result, note, contact_kind, contact_value, task_id,"
                  + " recorded_by FROM contact_attempt WHERE case_id = ?")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            rows++;
            if (result.getString("conclusion") == null) {
              attempts++;
            } else {
              facts.put("conclusion", result.getString("conclusion"));
              facts.put("conclusionChannel", String.valueOf(result.getString("channel")));
              facts.put("contactKind", String.valueOf(result.getString("contact_kind")));
            }
            String note = result.getString("note");
            if (note != null) {
              notes++;
              sealedNotes += note.startsWith("v1:") ? 1 : 0;
            }
            String contact = result.getString("contact_value");
            if (contact != null) {
              contacts++;
              sealedContacts += contact.startsWith("v1:") ? 1 : 0;
            }
            for (int column = 1; column <= 8; column++) {
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
      facts.put("attempts", String.valueOf(attempts));
      facts.put("notes", String.valueOf(notes));
      facts.put("sealedNotes", String.valueOf(sealedNotes));
      facts.put("contacts", String.valueOf(contacts));
      facts.put("sealedContacts", String.valueOf(sealedContacts));
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
                (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b)));
            facts.put(
                "audit." + result.getString(1) + "." + result.getString(2),
                String.valueOf(result.getLong(3)));
          }
        }
      }
      // replies from the person recorded on the case view
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT channel, acknowledges_notice, reached_process, note, key_id, recorded_by"
                  + " FROM incoming_reply WHERE case_id = ?")) {
        query.setObject(1, caseId);
        int replies = 0;
        int sealedReplyNotes = 0;
        boolean replyMarkerStored = false;
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            replies++;
            facts.put("replyChannel", result.getString("channel"));
            facts.put(
                "replyAcknowledges", String.valueOf(result.getBoolean("acknowledges_notice")));
            facts.put("replyReachedProcess", String.valueOf(result.getBoolean("reached_process")));
            String note = result.getString("note");
            sealedReplyNotes += note != null && note.startsWith("v1:") ? 1 : 0;
            for (int column = 1; column <= 6; column++) {
              String value = result.getString(column);
              if (value != null
                  && markers.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
                replyMarkerStored = true;
              }
            }
          }
        }
        facts.put("replies", String.valueOf(replies));
        facts.put("sealedReplyNotes", String.valueOf(sealedReplyNotes));
        facts.put("replyMarkerStored", String.valueOf(replyMarkerStored));
      }
      // events on the case's person that name no case, such as a search by A-number
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT e.action, e.purpose, COUNT(*) FROM audit_event e"
                  + " JOIN outreach_case c ON c.person_id = e.person_id"
                  + " WHERE c.id = ? AND e.case_id IS NULL GROUP BY e.action, e.purpose")) {
        query.setObject(1, caseId);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            facts.put(
                "personAudit." + result.getString(1) + "." + result.getString(2),
                String.valueOf(result.getLong(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    facts.put(
        "openLocateTasks",
        String.valueOf(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey(LocatePersonProcess.TASK_LOCATE_PERSON)
                .count()));
    boolean located = false;
    boolean ended = false;
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .processDefinitionKey(LocatePersonProcess.PROCESS_KEY)
            .list()) {
      located |=
          historyService
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(instance.getId())
                  .activityId(LocatePersonProcess.END_LOCATED)
                  .count()
              > 0;
      ended |= instance.getEndTime() != null;
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(instance.getId())
              .variableName(ProcessVariables.VAR_LOCATE_OUTCOME)
              .list()) {
        facts.put("locateOutcome", String.valueOf(variable.getValue()));
      }
    }
    facts.put("located", String.valueOf(located));
    facts.put("locateEnded", String.valueOf(ended));
    response.setContentType("text/plain");
    StringBuilder body = new StringBuilder();
    facts.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().print(body);
  }
}
