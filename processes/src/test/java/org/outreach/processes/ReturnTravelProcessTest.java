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

@Deployment(resources = ReturnTravelProcess.RESOURCE)
class ReturnTravelProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  @Test
  void aPersonWhoWishesToReturnGetsDocumentsBookingAndArrival() {
    ProcessInstance instance = start(ReturnTravelProcess.PROCESS_KEY, Map.of());

    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(
                    task(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.REMOVAL);
    completeWith(
        ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, ReturnTravelProcess.RETURN_WISHES_TO_RETURN);
    complete(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS);
    complete(ReturnTravelProcess.TASK_BOOK_TRAVEL);
    completeWith(ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, ReturnTravelProcess.ARRIVAL_ARRIVED);

    assertThat(beansCalled()).containsExactly(ReturnTravelProcess.DELEGATE_RECORD_RETURN);
    assertThat(lastCallOf(ReturnTravelProcess.DELEGATE_RECORD_RETURN))
        .containsEntry(
            ProcessVariables.VAR_RETURN_WISH, ReturnTravelProcess.RETURN_WISHES_TO_RETURN)
        .containsEntry(ProcessVariables.VAR_ARRIVAL_OUTCOME, ReturnTravelProcess.ARRIVAL_ARRIVED);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance))
        .containsSubsequence(
            ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS,
            ReturnTravelProcess.TASK_BOOK_TRAVEL,
            ReturnTravelProcess.TASK_CONFIRM_ARRIVAL,
            ReturnTravelProcess.TASK_RECORD_RETURN,
            ReturnTravelProcess.END_RETURN_RECORDED);
  }

  @ParameterizedTest
  @ValueSource(strings = {ReturnTravelProcess.RETURN_STAYS, ReturnTravelProcess.RETURN_NO_CONTACT})
  void withoutAWishToReturnOnlyTheAnswerIsRecorded(String wish) {
    ProcessInstance instance = start(ReturnTravelProcess.PROCESS_KEY, Map.of());

    completeWith(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, wish);

    assertThat(beansCalled()).containsExactly(ReturnTravelProcess.DELEGATE_RECORD_RETURN);
    assertThat(lastCallOf(ReturnTravelProcess.DELEGATE_RECORD_RETURN))
        .containsEntry(ProcessVariables.VAR_RETURN_WISH, wish);
    assertThat(passed(instance)).doesNotContain(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS);
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void everyTaskLeftOpenPastItsDueDateIsEscalated() {
    start(ReturnTravelProcess.PROCESS_KEY, Map.of());

    assertOverdueEscalates(
        ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, ReturnTravelProcess.DUE_CONFIRM_RETURN_WISH);
    completeWith(
        ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, ReturnTravelProcess.RETURN_WISHES_TO_RETURN);
    assertOverdueEscalates(
        ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS,
        ReturnTravelProcess.DUE_ARRANGE_TRAVEL_DOCUMENTS);
    complete(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS);
    assertOverdueEscalates(
        ReturnTravelProcess.TASK_BOOK_TRAVEL, ReturnTravelProcess.DUE_BOOK_TRAVEL);
    complete(ReturnTravelProcess.TASK_BOOK_TRAVEL);
    assertOverdueEscalates(
        ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, ReturnTravelProcess.DUE_CONFIRM_ARRIVAL);
    completeWith(
        ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL);

    assertThat(callsOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK)).hasSize(4);
    assertThat(lastCallOf(ReturnTravelProcess.DELEGATE_RECORD_RETURN))
        .containsEntry(
            ProcessVariables.VAR_ARRIVAL_OUTCOME, ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL);
  }
}
