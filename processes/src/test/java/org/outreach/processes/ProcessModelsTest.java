package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The models deploy together the way the server deploys them, and the engine runs the tables. */
@ExtendWith(ProcessEngineExtension.class)
class ProcessModelsTest {

  ProcessEngine engine;
  private Deployment deployment;

  @BeforeEach
  void deployEveryModelAsTheServerDoes() {
    RepositoryService repository = engine.getRepositoryService();
    DeploymentBuilder builder = repository.createDeployment().name("outreach-processes");
    for (String resource : ProcessModels.RESOURCES) {
      builder.addClasspathResource(resource);
    }
    deployment = builder.deploy();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void theOutreachProcessStaysFirstInTheList() {
    assertThat(ProcessModels.RESOURCES).first().isEqualTo(OutreachProcess.RESOURCE);
    assertThat(ProcessModels.RESOURCES)
        .contains(
            CasePriorityDecision.RESOURCE,
            NoticeChannelsDecision.RESOURCE,
            CaseOutcomeDecision.RESOURCE)
        .doesNotHaveDuplicates();
  }

  @Test
  void everyModelIsDeployedWithTheHistoryTimeToLiveTheEngineRequires() {
    RepositoryService repository = engine.getRepositoryService();

    assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
        .extracting(ProcessDefinition::getKey, ProcessDefinition::getHistoryTimeToLive)
        .containsExactlyInAnyOrder(
            tuple(OutreachProcess.PROCESS_KEY, 3650),
            tuple(LocatePersonProcess.PROCESS_KEY, 3650),
            tuple(DeliverNoticeProcess.PROCESS_KEY, 3650),
            tuple(CustodyReviewProcess.PROCESS_KEY, 3650),
            tuple(CourtAccessProcess.PROCESS_KEY, 3650),
            tuple(ReturnTravelProcess.PROCESS_KEY, 3650));
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list())
        .extracting(DecisionDefinition::getKey, DecisionDefinition::getHistoryTimeToLive)
        .containsExactlyInAnyOrder(
            tuple(CasePriorityDecision.DECISION_KEY, 3650),
            tuple(NoticeChannelsDecision.DECISION_KEY, 3650),
            tuple(CaseOutcomeDecision.DECISION_KEY, 3650));
  }

  @Test
  void theEngineDecidesAPriorityFromTheDeployedTable() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(CasePriorityDecision.INPUT_CUSTODY_STATUS, CustodyStatusValues.REMOVED);
    inputs.put(CasePriorityDecision.INPUT_REMOVED_AFTER_LEAK_BEFORE_NOTICE, true);
    inputs.put(CasePriorityDecision.INPUT_DISCLOSED_TO_GOVERNMENT, false);

    DmnDecisionResult result =
        engine
            .getDecisionService()
            .evaluateDecisionByKey(CasePriorityDecision.DECISION_KEY)
            .variables(inputs)
            .evaluate();

    assertThat(result.getSingleResult().<Integer>getEntry(CasePriorityDecision.OUTPUT_PRIORITY))
        .isEqualTo(1);
  }

  @Test
  void theEngineListsNoticeChannelsFromTheDeployedTable() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(NoticeChannelsDecision.INPUT_CUSTODY_STATUS, CustodyStatusValues.DETAINED);
    inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_EMAIL, false);
    inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_POSTAL_ADDRESS, false);
    inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_PHONE, false);
    inputs.put(NoticeChannelsDecision.INPUT_HAS_ATTORNEY, true);
    inputs.put(NoticeChannelsDecision.INPUT_HAS_PARTNER_ORGANISATION, false);
    inputs.put(NoticeChannelsDecision.INPUT_LANGUAGE, "es");

    DmnDecisionResult result =
        engine
            .getDecisionService()
            .evaluateDecisionByKey(NoticeChannelsDecision.DECISION_KEY)
            .variables(inputs)
            .evaluate();

    assertThat(result.<String>collectEntries(NoticeChannelsDecision.OUTPUT_CHANNEL))
        .containsExactly(
            NoticeChannelsDecision.CHANNEL_HAND_DELIVERY, NoticeChannelsDecision.CHANNEL_ATTORNEY);
  }
}
