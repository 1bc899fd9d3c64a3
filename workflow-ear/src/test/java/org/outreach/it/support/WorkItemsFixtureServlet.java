package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test-only: how many open tasks of one kind the worklists hold for the cases named, so a browser
 * test can wait for the job executor without reloading a page. {@code GET
 * /work-items?task=Task_HandDeliverNotice&case=<id>&case=<id>} answers the count. Counts only.
 */
@WebServlet("/work-items")
public class WorkItemsFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String task = request.getParameter("task");
    long count = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM work_item WHERE task_key = ? AND case_id = ?")) {
      for (String caseId : request.getParameterValues("case")) {
        query.setString(1, task);
        query.setObject(2, UUID.fromString(caseId));
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          count += rows.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    response.setContentType("text/plain");
    response.getWriter().print(count);
  }
}
