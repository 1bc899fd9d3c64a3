package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = CustodyReviewProcess.RESOURCE)
class CustodyReviewProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CustodyReviewProcess.REVIEW_RELEASE_REQUESTED,
        CustodyReviewProcess.REVIEW_DETENTION_CONTINUES,
        CustodyReviewProcess.REVIEW_TRANSFER_REQUESTED
      })
  void aSupervisorsDecisionIsRecordedOnTheCase(String decision) {
    ProcessInstance instance = start(CustodyReviewProcess.PROCESS_KEY, Map.of());

    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(CustodyReviewProcess.TASK_REVIEW_CUSTODY).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.SUPERVISORS);
    completeWith(CustodyReviewProcess.TASK_REVIEW_CUSTODY, decision);

    assertThat(beansCalled()).containsExactly(CustodyReviewProcess.DELEGATE_RECORD_CUSTODY_REVIEW);
    assertThat(lastCallOf(CustodyReviewProcess.DELEGATE_RECORD_CUSTODY_REVIEW))
        .containsEntry(ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME, decision)
        .containsEntry(ProcessVariables.VAR_CASE_ID, CASE_ID);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(CustodyReviewProcess.END_CUSTODY_REVIEWED);
  }

  @Test
  void aReviewLeftOpenForSevenDaysIsEscalatedAndStaysOpen() {
    ProcessInstance instance = start(CustodyReviewProcess.PROCESS_KEY, Map.of());

    later("P6DT23H");
    assertThat(callsOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK)).isEmpty();
    assertOverdueEscalates(
        CustodyReviewProcess.TASK_REVIEW_CUSTODY, CustodyReviewProcess.DUE_REVIEW_CUSTODY);

    completeWith(
        CustodyReviewProcess.TASK_REVIEW_CUSTODY, CustodyReviewProcess.REVIEW_DETENTION_CONTINUES);
    assertThat(ended(instance)).isTrue();
  }
}
