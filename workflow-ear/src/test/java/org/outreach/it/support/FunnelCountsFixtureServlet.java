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
import javax.sql.DataSource;

/**
 * Test-only: the dashboard's funnel counted straight from the tables in plain SQL, apart from the
 * application's own query, so a test can hold the page against the database. {@code POST
 * /funnel-counts} answers one line per population ({@code NONE}, a custody status, or {@code
 * REMOVED_} and the removal timing): opened, located, notice proven, acknowledged, consultation
 * scheduled, consultation held, court notice filed, release requested, returned, closed, from the
 * capabilities' own tables (not the views the application joins). Counts only.
 */
@WebServlet("/funnel-counts")
public class FunnelCountsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String TIMING =
      "CASE WHEN c.last_custody_status = 'REMOVED' THEN p.removal_timing END";

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
          + " SUM(CASE WHEN c.return_outcome = 'ARRIVED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END)"
          + " FROM outreach_case c LEFT JOIN affected_person p ON p.id = c.person_id"
          + " GROUP BY c.last_custody_status, "
          + TIMING;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    PrintWriter out = response.getWriter();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(COUNTS)) {
      while (rows.next()) {
        String status = rows.getString(1);
        String timing = rows.getString(2);
        String key = status == null ? "NONE" : timing == null ? status : status + "_" + timing;
        out.print(key);
        for (int column = 3; column <= 12; column++) {
          out.print(" " + rows.getLong(column));
        }
        out.println();
      }
    } catch (SQLException e) {
      throw new IOException("funnel counts: " + e.getSQLState(), e);
    }
  }
}
