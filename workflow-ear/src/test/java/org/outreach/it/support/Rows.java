package org.outreach.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A change of rows made straight in the database, as another server or a crash would leave it. */
public final class Rows {

  private Rows() {}

  /** Runs the statement with the values bound in order; returns how many rows it changed. */
  public static int update(DataSource dataSource, String sql, Object... values)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
