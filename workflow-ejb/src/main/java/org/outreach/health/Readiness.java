package org.outreach.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.outreach.engine.ProcessEngineBootstrap;
import org.outreach.processes.OutreachProcess;

/**
 * Checks the parts the server needs to take work; each check says UP or DOWN, never why in detail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

  private static final int DATABASE_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Inject private ProcessEngineBootstrap engine;

  public ReadinessReport check() {
    Map<String, Boolean> checks = new LinkedHashMap<>();
    checks.put("database", databaseUp());
    checks.put("engine", engineUp());
    checks.put("jobExecutor", jobExecutorUp());
    return new ReadinessReport(checks);
  }

  private boolean databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(DATABASE_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean engineUp() {
    if (!engine.isRunning()) {
      return false;
    }
    try {
      return engine
              .processEngine()
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(OutreachProcess.PROCESS_KEY)
              .latestVersion()
              .count()
          == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private boolean jobExecutorUp() {
    return engine.isJobExecutorActive();
  }
}
