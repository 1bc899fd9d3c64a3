package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.OpenedCase;
import org.outreach.engine.ProcessEngineBootstrap;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;

/**
 * Undeploying closes the engine; deploying again boots it on the same database without new
 * versions.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineRedeployIT {

  private static final String EAR = "outreach-redeployed";

  @Deployment(name = EAR, managed = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(EngineRedeployIT.class);
  }

  @ArquillianResource Deployer deployer;

  @Inject RepositoryService repositoryService;
  @Inject TaskService taskService;
  @Inject CaseOpening caseOpening;
  @Inject AsSupervisor asSupervisor;
  @Inject ProcessEngineBootstrap engine;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  @Test
  @Order(1)
  @RunAsClient
  void deployUndeployAndDeployAgain() {
    deployer.deploy(EAR);
    deployer.undeploy(EAR);
    deployer.deploy(EAR);
  }

  @Test
  @Order(2)
  @OperateOnDeployment(EAR)
  void noModelIsStoredTwiceWithTheSameContent() {
    List<ProcessDefinition> versions =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(OutreachProcess.PROCESS_KEY)
            .list();

    assertThat(versions).isNotEmpty();
    assertThat(versions.stream().map(this::contentHash).toList()).doesNotHaveDuplicates();
  }

  /**
   * The engine's job table has the index on due dates that every job acquisition reads through,
   * made by the first boot and found by the second on the same database.
   */
  @Test
  @Order(3)
  @OperateOnDeployment(EAR)
  void theJobTableHasItsDueDateIndexAfterASecondBoot() throws Exception {
    List<String> dueDateIndexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      String table = metaData.storesLowerCaseIdentifiers() ? "act_ru_job" : "ACT_RU_JOB";
      try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if ("DUEDATE_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
            dueDateIndexes.add(indexes.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }

    assertThat(dueDateIndexes).containsExactly("OUTREACH_IDX_JOB_DUE");
  }

  @Test
  @Order(4)
  @OperateOnDeployment(EAR)
  void theRebootedEngineRunsCasesIncludingJobExecutorSteps() throws Exception {
    OpenedCase opened = asSupervisor.call(caseOpening::openCase);

    assertThat(
            Eventually.await(
                "the first task after the redeploy",
                () ->
                    taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(opened.id().toString())
                        .taskDefinitionKey(LocatePersonProcess.TASK_LOCATE_PERSON)
                        .singleResult()))
        .isNotNull();
  }

  /**
   * A job's failure goes to the engine's failed-job command as the job executor hands it over: a
   * lost optimistic-locking conflict makes the job due again within 1 to 3 seconds, any other
   * failure after its step's retry cycle (a minute here); each uses one of the step's five tries.
   * Timer jobs an hour away, so the job executor leaves them alone while they are read.
   */
  @Test
  @Order(5)
  @OperateOnDeployment(EAR)
  void aJobThatLostAConflictIsDueAgainInSecondsAnyOtherFailureAfterItsRetryCycle() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("it-contention")
            .startEvent()
            .intermediateCatchEvent("wait")
            .timerWithDuration("PT1H")
            .camundaFailedJobRetryTimeCycle("R5/PT1M")
            .endEvent()
            .done();
    String deployment =
        repositoryService
            .createDeployment()
            .addModelInstance("it-contention.bpmn", model)
            .deploy()
            .getId();
    try {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.processEngine().getProcessEngineConfiguration();
      ManagementService management = engine.processEngine().getManagementService();
      RuntimeService runtime = engine.processEngine().getRuntimeService();
      String conflicted = runtime.startProcessInstanceByKey("it-contention").getId();
      String failed = runtime.startProcessInstanceByKey("it-contention").getId();
      Job conflictedJob = management.createJobQuery().processInstanceId(conflicted).singleResult();
      Job failedJob = management.createJobQuery().processInstanceId(failed).singleResult();

      long before = System.currentTimeMillis();
      configuration
          .getCommandExecutorTxRequired()
          .execute(
              configuration
                  .getFailedJobCommandFactory()
                  .getCommand(
                      conflictedJob.getId(),
                      new ProcessEngineException(
                          "job failed", new OptimisticLockingException("changed meanwhile"))));
      configuration
          .getCommandExecutorTxRequired()
          .execute(
              configuration
                  .getFailedJobCommandFactory()
                  .getCommand(failedJob.getId(), new IllegalStateException("broken")));
      long after = System.currentTimeMillis();

      Job retried = management.createJobQuery().jobId(conflictedJob.getId()).singleResult();
      assertThat(retried.getRetries()).isEqualTo(4);
      assertThat(retried.getDuedate().getTime()).isBetween(before + 1_000 - 10, after + 3_000 + 10);
      Job later = management.createJobQuery().jobId(failedJob.getId()).singleResult();
      assertThat(later.getRetries()).isEqualTo(4);
      assertThat(later.getDuedate().getTime()).isBetween(before + 59_000, after + 61_000);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  /**
   * Readiness tells a load balancer or an operator that the server cannot take work: with the job
   * executor stopped it answers 503 naming that check DOWN and the others UP, and 200 once it runs
   * again.
   */
  @Test
  @Order(6)
  @OperateOnDeployment(EAR)
  void readinessSaysDownNamingTheJobExecutorWhileItIsStopped() throws Exception {
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.processEngine().getProcessEngineConfiguration())
            .getJobExecutor();
    HttpResponse<String> whileStopped;
    executor.shutdown();
    try {
      whileStopped = readiness();
    } finally {
      executor.start();
    }
    HttpResponse<String> afterwards = readiness();

    assertThat(whileStopped.statusCode()).isEqualTo(503);
    assertThat(whileStopped.body().replace(" ", ""))
        .contains("\"status\":\"DOWN\"")
        .contains("\"jobExecutor\":\"DOWN\"")
        .contains("\"database\":\"UP\"")
        .contains("\"engine\":\"UP\"");
    assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(200);
    assertThat(afterwards.body().replace(" ", "")).contains("\"jobExecutor\":\"UP\"");
  }

  private static HttpResponse<String> readiness() throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(BasicHttp.base().resolve("api/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(7)
  @RunAsClient
  void undeploy() {
    deployer.undeploy(EAR);
  }

  private String contentHash(ProcessDefinition definition) {
    try (InputStream model =
        repositoryService.getResourceAsStream(
            definition.getDeploymentId(), definition.getResourceName())) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(model.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
