package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test-only: {@code POST /login-failures} forgets every refused sign-in, so that a test that made
 * this machine's address too many of them does not slow down the tests after it (they all come from
 * the loopback address). {@code GET} answers how many are kept, and how many of them name no
 * account.
 */
@WebServlet("/login-failures")
public class LoginFailuresFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM login_failure");
    } catch (SQLException e) {
      throw new IOException("login_failure not emptied", e);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT COUNT(*), SUM(CASE WHEN username IS NULL THEN 1 ELSE 0 END)"
                    + " FROM login_failure")) {
      rows.next();
      response.setContentType("text/plain");
      response.getWriter().print(rows.getLong(1) + " " + rows.getLong(2));
    } catch (SQLException e) {
      throw new IOException("login_failure not counted", e);
    }
  }
}
