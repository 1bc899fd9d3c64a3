package org.outreach.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Every value of every table in the application's datasource as one string, binary columns read as
 * UTF-8; on H2 also the output of {@code SCRIPT}, on PostgreSQL also the output of {@code pg_dump}
 * when {@value #PG_DUMP} exists. What an attacker with a copy of the database sees without the
 * keys.
 */
public final class DatabaseDump {

  static final String PG_DUMP = "/usr/bin/pg_dump";

  private DatabaseDump() {}

  /** Whether {@link #of} includes a {@code pg_dump} (on PostgreSQL with the binary present). */
  public static boolean usesPgDump(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return isPostgres(connection.getMetaData()) && Files.isExecutable(Path.of(PG_DUMP));
    }
  }

  private static boolean isPostgres(DatabaseMetaData meta) throws SQLException {
    return meta.getDatabaseProductName().toUpperCase(Locale.ROOT).contains("POSTGRES");
  }

  /**
   * The output of {@code pg_dump} for the database the connection reaches; the password, if any, is
   * the server's {@code outreach.db.password} setting.
   */
  private static String pgDump(DatabaseMetaData meta) throws SQLException {
    URI url = URI.create(meta.getURL().substring("jdbc:".length()));
    String database = url.getPath().substring(1);
    List<String> command = new ArrayList<>();
    command.add(PG_DUMP);
    command.add("--host=" + url.getHost());
    command.add("--port=" + (url.getPort() < 0 ? 5432 : url.getPort()));
    command.add("--username=" + meta.getUserName());
    command.add("--no-password");
    command.add(database);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String password = System.getProperty("outreach.db.password");
    if (password != null) {
      builder.environment().put("PGPASSWORD", password);
    }
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("pg_dump failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

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
        if (isPostgres(meta) && Files.isExecutable(Path.of(PG_DUMP))) {
          dump.append("\n-- pg_dump\n").append(pgDump(meta));
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
