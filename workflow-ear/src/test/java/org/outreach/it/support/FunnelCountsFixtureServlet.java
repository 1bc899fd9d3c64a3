package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Test-only: the dashboard's funnel counted straight from the tables in plain SQL, apart from the
 * application's own query, so a test can hold the page against the database. {@code POST
 * /funnel-counts} answers one line per population ({@code NONE}, a custody status, or {@code
 * REMOVED_} and the removal timing): people imported (by the registry's custody status and removal
 * timing), then cases opened, located, notice proven, acknowledged, consultation scheduled,
 * consultation held, court notice filed, release requested, released from detention, returned,
 * closed, and closed with each outcome in the order of {@code CaseOutcome}, from the capabilities'
 * own tables (not the views the application joins). Counts only.
 */
@WebServlet("/funnel-counts")
public class FunnelCountsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String TIMING =
      "CASE WHEN c.last_custody_status = 'REMOVED' THEN p.removal_timing END";

  private static final List<String> OUTCOMES =
      List.of(
          "NOTIFIED_ACKNOWLEDGED",
          "LEGAL_HELP_TAKEN",
          "RELEASED",
          "RETURNED",
          "DECLINED",
          "UNREACHABLE");

  private static final String CLOSED_BY =
      OUTCOMES.stream()
          .map(
              outcome ->
                  ", SUM(CASE WHEN c.status = 'CLOSED' AND c.outcome = '"
                      + outcome
                      + "' THEN 1 ELSE 0 END)")
          .collect(Collectors.joining());

  private static final String IMPORTED =
      "SELECT custody_status, CASE WHEN custody_status = 'REMOVED' THEN removal_timing END,"
          + " COUNT(*) FROM affected_person GROUP BY custody_status,"
          + " CASE WHEN custody_status = 'REMOVED' THEN removal_timing END";

  private static final String COUNTS =
      "SELECT c.last_custody_status, "
          + TIMING
          + ", COUNT(*),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM case_located l WHERE l.case_id = c.id)"
          + " THEN 1 ELSE 0 END),"
          + " COUNT(c.notice_proven_at),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM incoming_reply r WHERE r.case_id = c.id"
          + " AND r.acknowledges_notice) THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM consultation k WHERE k.case_id = c.id"
          + " AND k.step = 'SCHEDULED') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM consultation_held h WHERE h.case_id = c.id)"
          + " THEN 1 ELSE 0 END),"
          + " COUNT(c.court_notice_filed_at),"
          + " SUM(CASE WHEN c.custody_review_outcome = 'RELEASE_REQUESTED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM custody_release r WHERE r.case_id = c.id)"
          + " THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.return_outcome = 'ARRIVED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END)"
          + CLOSED_BY
          + " FROM outreach_case c LEFT JOIN affected_person p ON p.id = c.person_id"
          + " GROUP BY c.last_custody_status, "
          + TIMING;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    int figures = 11 + OUTCOMES.size();
    Map<String, long[]> funnel = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(IMPORTED)) {
        while (rows.next()) {
          funnel.computeIfAbsent(key(rows), k -> new long[1 + figures])[0] += rows.getLong(3);
        }
      }
      try (ResultSet rows = statement.executeQuery(COUNTS)) {
        while (rows.next()) {
          long[] counted = funnel.computeIfAbsent(key(rows), k -> new long[1 + figures]);
          for (int i = 0; i < figures; i++) {
            counted[i + 1] += rows.getLong(i + 3);
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException("funnel counts: " + e.getSQLState(), e);
    }
    PrintWriter out = response.getWriter();
    funnel.forEach(
        (key, counted) ->
            out.println(
                key
                    + " "
                    + Arrays.stream(counted)
                        .mapToObj(String::valueOf)
                        .collect(Collectors.joining(" "))));
  }

  /** The population of a row: {@code NONE}, a custody status, or {@code REMOVED_} and a timing. */
  private static String key(ResultSet rows) throws SQLException {
    String status = rows.getString(1);
    String timing = rows.getString(2);
    return status == null ? "NONE" : timing == null ? status : status + "_" + timing;
  }
}
