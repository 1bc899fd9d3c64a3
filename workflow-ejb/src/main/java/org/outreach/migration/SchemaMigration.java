package org.outreach.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the application's tables to the current version before anything else starts. A failed
 * migration fails the deployment: the server must not run on a schema it does not understand.
 *
 * <p>On PostgreSQL it also warns when the database's autovacuum is off: without the statistics it
 * keeps, PostgreSQL plans the engine's most frequent reads badly as a campaign fills its tables
 * (docs/operations.md, "Why autovacuum matters, measured").
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("outreach_schema_history")
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    LOG.info(
        () ->
            "Application schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    warnWithoutAutovacuum();
  }

  private void warnWithoutAutovacuum() {
    try (Connection connection = dataSource.getConnection()) {
      if (StartLock.postgres(connection) && !autovacuum(connection)) {
        LOG.warning(
            "PostgreSQL's autovacuum is off: the engine's queries slow down as its tables grow"
                + " without statistics; turn it on (docs/operations.md, Production layout)");
      }
    } catch (SQLException e) {
      LOG.log(
          Level.WARNING, "PostgreSQL's autovacuum setting could not be read: {0}", e.getSQLState());
    }
  }

  private static boolean autovacuum(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
      return setting.next() && "on".equals(setting.getString(1));
    }
  }
}
