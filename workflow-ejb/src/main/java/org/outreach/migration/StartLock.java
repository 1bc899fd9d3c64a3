package org.outreach.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One server at a time through the parts of a start that write what all servers share: the engine's
 * tables and models, the notice texts seeded from the repository, the first administrator. Two
 * servers started at once on an empty database would each find them missing and both create them;
 * with this lock the second waits until the first has written and committed them, then finds them
 * there. Flyway, which runs before, locks by itself.
 *
 * <p>On PostgreSQL it is one advisory lock of the database, which a server's crash gives back with
 * its connection. H2 takes one server only, so there it is not needed and not taken.
 */
public final class StartLock {

  /** The advisory lock's number: "outreach" in ASCII. Nothing else in the application takes one. */
  public static final long KEY = 0x6f75747265616368L;

  private static final Logger LOG = Logger.getLogger(StartLock.class.getName());

  private StartLock() {}

  /**
   * Holds the lock, on a connection of its own outside any transaction, while {@code start} runs:
   * for a start that commits its own transactions, as the engine's does.
   */
  public static void holding(DataSource dataSource, Runnable start) {
    try (Connection connection = dataSource.getConnection()) {
      if (!postgres(connection)) {
        start.run();
        return;
      }
      take(connection, "pg_try_advisory_lock", "pg_advisory_lock");
      try {
        start.run();
      } finally {
        giveBack(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The start lock could not be taken: " + e.getSQLState(), e);
    }
  }

  /**
   * Takes the lock in the caller's transaction, which holds it until it ends: for a start that
   * writes in one container-managed transaction, so that its rows are committed before another
   * server looks for them.
   */
  public static void untilCommit(DataSource dataSource) {
    // a connection of the datasource in a transaction is the transaction's own
    try (Connection connection = dataSource.getConnection()) {
      if (postgres(connection)) {
        take(connection, "pg_try_advisory_xact_lock", "pg_advisory_xact_lock");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The start lock could not be taken: " + e.getSQLState(), e);
    }
  }

  static boolean postgres(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }

  private static void take(Connection connection, String tryFunction, String waitFunction)
      throws SQLException {
    if (call(connection, tryFunction)) {
      return;
    }
    // held by another server's start, or by another part of this server's own
    LOG.info("Another start holds the start lock on this database: waiting for it");
    call(connection, waitFunction);
    LOG.info("The start lock is free: this start goes on");
  }

  private static void giveBack(Connection connection) throws SQLException {
    if (!call(connection, "pg_advisory_unlock")) {
      LOG.severe("The start lock was not held when given back");
    }
  }

  /**
   * Calls one of PostgreSQL's advisory lock functions on {@link #KEY}; true unless it says false.
   */
  private static boolean call(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        // pg_advisory_lock and pg_advisory_xact_lock return void, read as null
        Object value = result.getObject(1);
        return !(value instanceof Boolean answer) || answer;
      }
    }
  }
}
