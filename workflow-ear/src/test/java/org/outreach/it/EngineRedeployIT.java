package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import org.outreach.it.support.AsSupervisor;
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

  @Test
  @Order(3)
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

  @Test
  @Order(4)
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
