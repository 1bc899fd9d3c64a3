package org.outreach.it.support;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every value of every table in the application's datasource as one string, binary columns read as
 * UTF-8; on H2 also the output of {@code SCRIPT}. What an attacker with a copy of the database sees
 * without the keys.
 */
public final class DatabaseDump {

  private DatabaseDump() {}

  public static String of(DataSource dataSource) throws SQLException {
    StringBuilder dump = new StringBuilder();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null) {
            String lower = schema.toLowerCase(Locale.ROOT);
            if (lower.equals("information_schema") || lower.startsWith("pg_")) {
              continue;
            }
          }
          String name = rs.getString("TABLE_NAME");
          tables.add(schema == null ? quote(name) : quote(schema) + "." + quote(name));
        }
      }
      if (tables.isEmpty()) {
        throw new IllegalStateException("no tables found to dump");
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : tables) {
          dump.append("\n-- ").append(table).append('\n');
          try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                dump.append(text(rs.getObject(i))).append('|');
              }
              dump.append('\n');
            }
          }
        }
        if (meta.getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2")) {
          try (ResultSet rs = statement.executeQuery("SCRIPT")) {
            while (rs.next()) {
              dump.append(rs.getString(1)).append('\n');
            }
          }
        }
      }
    }
    return dump.toString();
  }

  public static List<String> tablesIn(String dump) {
    List<String> tables = new ArrayList<>();
    for (String line : dump.split("\n")) {
      if (line.startsWith("-- ")) {
        tables.add(line.substring(3).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String text(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return String.valueOf(value);
  }
}
