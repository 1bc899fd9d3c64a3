package org.outreach.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.outreach.access.SystemIdentity;
import org.outreach.campaign.RetentionSettings;
import org.outreach.cluster.ServerLife;
import org.outreach.migration.StartLock;
import org.outreach.processes.ProcessModels;

/**
 * Boots the embedded engine once the schema of our own tables is current, and closes it on undeploy
 * so a redeploy starts a fresh engine on the same database.
 *
 * <p>Bean-managed transactions: the engine drives the server's transaction manager itself, and its
 * schema work must not run inside a container transaction with a timeout.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  static final String ENGINE_NAME = "outreach";
  static final String DEPLOYMENT_NAME = "outreach-processes";

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Inject private BeanManager beanManager;

  @EJB private SystemIdentity systemIdentity;

  /** The longest an idle job executor waits before it looks for due jobs again. */
  static final long IDLE_LOOK_MILLIS = 5_000;

  /**
   * How long a server's lock on the jobs it took lasts. A job runs in one transaction, which the
   * server rolls back after its timeout (5 minutes, WildFly's default): the lock outlasts it by a
   * minute, for the moments a job waits in the queue after it was locked, so no job is ever taken
   * by a second server while the first still runs it. A server that dies leaves its jobs locked
   * this long; another then takes them (docs/operations.md, "Job executor").
   */
  static final Duration JOB_LOCK = Duration.ofMinutes(6);

  /** Jobs locked by one acquisition, and how many may wait in the queue for a thread. */
  static final int JOBS_PER_ACQUISITION = 3;

  /** Threads that run jobs: as many kept, and the most. */
  static final int JOB_THREADS = 3;

  static final int MOST_JOB_THREADS = 10;

  private volatile ProcessEngine processEngine;

  /** Process key to the id of its latest version, as deployed by this engine at boot. */
  private final Map<String, String> deployedDefinitions = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // Full history: proof of notice and the audit of who did what rest on it. Variables hold ids,
    // enums, flags and dates only, so a complete history exposes no personal data.
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(true);
    // Jobs run under the system's identity (the system services refuse a caller without one).
    SystemJobExecutor jobExecutor = new SystemJobExecutor(systemIdentity);
    // An idle job executor looks for due jobs (timers, retries) at least every 5 seconds rather
    // than backing off to a minute: the look is one indexed query.
    jobExecutor.setMaxWait(IDLE_LOOK_MILLIS);
    // Every server runs the same settings; docs/operations.md gives the reason for each number.
    jobExecutor.setLockTimeInMillis((int) JOB_LOCK.toMillis());
    jobExecutor.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
    jobExecutor.setQueueSize(JOBS_PER_ACQUISITION);
    jobExecutor.setCorePoolSize(JOB_THREADS);
    jobExecutor.setMaxPoolSize(MOST_JOB_THREADS);
    configuration.setJobExecutor(jobExecutor);
    // The job log names the server that ran each job by its node name (several servers share the
    // database; see docs/operations.md).
    configuration.setHostname(ServerLife.node());
    // A job that lost an optimistic-locking conflict is due again in seconds, not a minute.
    configuration.setFailedJobCommandFactory(new ContentionRetries());
    // Random ids: no id-block table row that every start of a bulk import contends for.
    configuration.setIdGenerator(new StrongUuidGenerator());
    // Delegates and expressions resolve CDI beans by name, on request and job-executor threads.
    BeanManagerBeans beans = new BeanManagerBeans(beanManager);
    configuration.setBeans(beans);
    // Every user task reports its life to the worklists' table, in the engine's transaction.
    configuration.setCustomPreBPMNParseListeners(
        new ArrayList<>(List.of(new TaskLifecycleParseListener(beans))));
    // The engine's own identity tables stay unused: users and teams belong to the application.
    configuration.setAuthorizationEnabled(false);
    configuration.setJavaSerializationFormatEnabled(false);
    // The engine's own history cleanup runs in a night window and removes the history of processes
    // ended longer ago than their time to live, which boot sets to the retention period: a
    // backstop, since the retention job erases each closed case's history with its personal data.
    configuration.setHistoryCleanupBatchWindowStartTime("03:00");
    configuration.setHistoryCleanupBatchWindowEndTime("05:00");

    // Its tables, the index on its jobs' due dates and its models are created by the first server
    // to start; another started beside it waits, then finds them.
    StartLock.holding(
        dataSource,
        () -> {
          processEngine = configuration.buildProcessEngine();
          JobDueIndex.ensure(dataSource);
          deployModels();
          keepHistoryForTheRetentionPeriod();
        });
    LOG.info("Process engine started");
  }

  private void deployModels() {
    DeploymentBuilder deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            // compares every resource with the last deployment of this name: unchanged models
            // create no new versions across restarts and redeploys
            .enableDuplicateFiltering(false);
    ClassLoader models = ProcessModels.class.getClassLoader();
    for (String resource : ProcessModels.RESOURCES) {
      deployment.addInputStream(resource, models.getResourceAsStream(resource));
    }
    deployment.deploy();
  }

  /** Sets the time to live of every version of our processes to the retention period, in days. */
  private void keepHistoryForTheRetentionPeriod() {
    int days = RetentionSettings.current().days(Instant.now());
    RepositoryService repository = processEngine.getRepositoryService();
    for (Deployment deployment :
        repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()) {
      for (ProcessDefinition definition :
          repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()) {
        if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
          repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        }
      }
    }
  }

  @PreDestroy
  void stop() {
    ProcessEngine engine = processEngine;
    processEngine = null;
    deployedDefinitions.clear();
    if (engine != null) {
      engine.close();
      LOG.info("Process engine stopped");
    }
  }

  /** The running engine; fails when called before start or after shutdown. */
  public ProcessEngine processEngine() {
    ProcessEngine engine = processEngine;
    if (engine == null) {
      throw new IllegalStateException("The process engine is not running");
    }
    return engine;
  }

  /**
   * The id of the latest version of a process, as this engine deployed it at boot. Models are
   * deployed at boot only, so the id holds for the engine's life; starting by id saves the query
   * for the latest version that every start by key makes.
   *
   * @throws IllegalArgumentException if no process of that key is deployed
   */
  public String deployedDefinitionId(String processKey) {
    ProcessEngine engine = processEngine();
    return deployedDefinitions.computeIfAbsent(
        processKey,
        key -> {
          var latest =
              engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(key)
                  .latestVersion()
                  .singleResult();
          if (latest == null) {
            throw new IllegalArgumentException("No process deployed under the key " + key);
          }
          return latest.getId();
        });
  }

  public boolean isRunning() {
    return processEngine != null;
  }

  /** Whether asynchronous steps and timers are being picked up. */
  public boolean isJobExecutorActive() {
    ProcessEngine engine = processEngine;
    return engine != null
        && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getJobExecutor()
            .isActive();
  }
}
