package org.outreach.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessModels;

/**
 * The peer of the server in the start benchmark: a bare Camunda engine, configured as the server
 * configures its own (full history, strong UUIDs, no authorization), on the same kind of database,
 * starting the same {@code outreach} process with the same variables. Its job executor is off, so
 * it measures starts only.
 */
final class BareEngine implements AutoCloseable {

  /** Schema of the bare engine's tables when it shares a PostgreSQL database with the server. */
  static final String POSTGRESQL_SCHEMA = "bare_engine_benchmark";

  private final ProcessEngine engine;
  private final Runnable cleanup;

  private BareEngine(ProcessEngine engine, Runnable cleanup) {
    this.engine = engine;
    this.cleanup = cleanup;
  }

  /** A fresh engine in its own H2 file, deleted on close. */
  static BareEngine onH2(String directory) {
    String url = "jdbc:h2:file:" + directory + "/bare-engine-" + UUID.randomUUID();
    return new BareEngine(build(url, "sa", "", null), () -> {});
  }

  /**
   * A fresh engine in a schema of its own in the server's PostgreSQL database, dropped on close.
   */
  static BareEngine onPostgresql(String url, String user, String password) {
    execute(url, user, password, "DROP SCHEMA IF EXISTS " + POSTGRESQL_SCHEMA + " CASCADE");
    execute(url, user, password, "CREATE SCHEMA " + POSTGRESQL_SCHEMA);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRESQL_SCHEMA;
    return new BareEngine(
        build(schemaUrl, user, password, POSTGRESQL_SCHEMA),
        () -> execute(url, user, password, "DROP SCHEMA " + POSTGRESQL_SCHEMA + " CASCADE"));
  }

  private static ProcessEngine build(String url, String user, String password, String schema) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-engine-benchmark-" + UUID.randomUUID());
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcMaxActiveConnections(20);
    if (schema != null) {
      configuration.setDatabaseSchema(schema);
      configuration.setDatabaseTablePrefix(schema + ".");
    }
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setAuthorizationEnabled(false);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setMetricsEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("bare-engine-benchmark");
    for (String resource : ProcessModels.RESOURCES) {
      deployment.addClasspathResource(resource);
    }
    deployment.deploy();
    return engine;
  }

  /**
   * Starts {@code count} instances of {@code outreach} on {@code threads} threads, each with a new
   * business key and case id as the server's case opening gives them, and returns starts per
   * second.
   */
  double startsPerSecond(int count, int threads) throws Exception {
    AtomicInteger remaining = new AtomicInteger(count);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long started = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(
            pool.submit(
                () -> {
                  while (remaining.getAndDecrement() > 0) {
                    String caseId = UUID.randomUUID().toString();
                    engine
                        .getRuntimeService()
                        .startProcessInstanceByKey(
                            OutreachProcess.PROCESS_KEY,
                            caseId,
                            Map.of(OutreachProcess.VAR_CASE_ID, caseId));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return count / ((System.nanoTime() - started) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  @Override
  public void close() {
    engine.close();
    cleanup.run();
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Benchmark database setup failed: " + e.getMessage(), e);
    }
  }
}
