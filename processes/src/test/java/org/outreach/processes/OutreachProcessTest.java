package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign for one person, end to end through the real called processes with every delegate
 * replaced by a recording stand-in. Coverage is asserted for the outreach model; the called models
 * have their own test classes.
 */
@Deployment(
    resources = {
      OutreachProcess.RESOURCE,
      LocatePersonProcess.RESOURCE,
      DeliverNoticeProcess.RESOURCE,
      CustodyReviewProcess.RESOURCE,
      CourtAccessProcess.RESOURCE,
      ReturnTravelProcess.RESOURCE,
      CasePriorityDecision.RESOURCE,
      NoticeChannelsDecision.RESOURCE,
      CaseOutcomeDecision.RESOURCE
    })
class OutreachProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder()
          .assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys(
              LocatePersonProcess.PROCESS_KEY,
              DeliverNoticeProcess.PROCESS_KEY,
              CustodyReviewProcess.PROCESS_KEY,
              CourtAccessProcess.PROCESS_KEY,
              ReturnTravelProcess.PROCESS_KEY)
          .build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  /** What the registry holds about the person; loadCaseFactsDelegate reads it. */
  private final Map<String, Object> registry = new HashMap<>();

  private boolean registryLocates;

  @BeforeEach
  void standIns() {
    registryLocates = true;
    registry.put(ProcessVariables.VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE, false);
    registry.put(ProcessVariables.VAR_DISCLOSED_TO_GOVERNMENT, false);
    registry.put(ProcessVariables.VAR_LANGUAGE, "ht");
    registry.put(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, "P30D");
    registry.put(ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, 2);
    contactPoints();
    when(OutreachProcess.DELEGATE_LOAD_CASE_FACTS, execution -> execution.setVariables(registry));
    when(
        LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
        execution -> execution.setVariable(ProcessVariables.VAR_LOCATED, registryLocates));
    when(
        LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT,
        execution -> {
          Integer attempts = (Integer) execution.getVariable(ProcessVariables.VAR_LOCATE_ATTEMPTS);
          execution.setVariable(
              ProcessVariables.VAR_LOCATE_ATTEMPTS, attempts == null ? 1 : attempts + 1);
        });
    when(
        OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD,
        execution -> execution.setVariable(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, true));
    when(
        OutreachProcess.DELEGATE_END_REMOVAL_HOLD,
        execution -> execution.setVariable(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, false));
    when(
        DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN,
        execution -> {
          execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN, true);
          execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN_AT, now());
          execution.setVariable(ProcessVariables.VAR_REMOVAL_HOLD_ENDS_AT, plus(now(), "P30D"));
        });
    when(
        CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES,
        execution -> {
          Date from = (Date) execution.getVariable(ProcessVariables.VAR_NOTICE_PROVEN_AT);
          execution.setVariable(ProcessVariables.VAR_COURT_FILING_DEADLINE, plus(from, "P30D"));
          execution.setVariable(ProcessVariables.VAR_COURT_FILING_REMINDER_AT, plus(from, "P23D"));
        });
  }

  private void custody(String status, String... safeContactPoints) {
    registry.put(ProcessVariables.VAR_CUSTODY_STATUS, status);
    contactPoints(safeContactPoints);
  }

  private void contactPoints(String... safe) {
    for (String flag :
        List.of(
            ProcessVariables.VAR_HAS_SAFE_EMAIL,
            ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS,
            ProcessVariables.VAR_HAS_SAFE_PHONE,
            ProcessVariables.VAR_HAS_ATTORNEY,
            ProcessVariables.VAR_HAS_PARTNER_ORGANISATION)) {
      registry.put(flag, List.of(safe).contains(flag));
    }
  }

  private ProcessInstance open() {
    ProcessInstance instance = start(OutreachProcess.PROCESS_KEY, Map.of());
    runJobs();
    return instance;
  }

  /** After the notice: the consultation answered, the removal hold runs out, the case closes. */
  private void declineConsultationAndWaitForTheHoldToEnd(ProcessInstance instance) {
    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_DECLINED);
    laterUntil(
        (Date)
            engine
                .getRuntimeService()
                .getVariable(instance.getId(), ProcessVariables.VAR_REMOVAL_HOLD_ENDS_AT));
  }

  private Map<String, Object> closedWith() {
    return lastCallOf(OutreachProcess.DELEGATE_CLOSE_CASE);
  }

  @Test
  void aReleasedPersonNotifiedByEmailWhoDeclinesHelpIsClosedAfterTheRemovalHold() {
    custody(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_EMAIL);
    ProcessInstance instance = open();

    assertThat(beansCalled())
        .containsExactly(
            OutreachProcess.DELEGATE_RECORD_CASE_OPENED,
            OutreachProcess.DELEGATE_LOAD_CASE_FACTS,
            OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY,
            OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD,
            LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS,
            DeliverNoticeProcess.DELEGATE_SEND_NOTICE);
    assertThat(lastCallOf(OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY))
        .containsEntry(ProcessVariables.VAR_PRIORITY, 5)
        .containsEntry(ProcessVariables.VAR_PRIORITY_REASON, "Released");
    assertThat(lastCallOf(DeliverNoticeProcess.DELEGATE_SEND_NOTICE))
        .containsEntry(ProcessVariables.VAR_CHANNEL, NoticeChannelsDecision.CHANNEL_EMAIL)
        .containsEntry(ProcessVariables.VAR_CASE_ID, CASE_ID);

    correlate(ProcessMessages.NOTICE_ACKNOWLEDGED, Map.of());
    Date holdEndsAt = plus(now(), "P30D");
    assertThat(hasTask(CourtAccessProcess.TASK_OFFER_CONSULTATION)).isTrue();
    assertThat(hasTask(CustodyReviewProcess.TASK_REVIEW_CUSTODY)).isFalse();
    assertThat(hasTask(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH)).isFalse();

    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_DECLINED);
    laterUntil(new Date(holdEndsAt.getTime() - 60_000));
    assertThat(callsOf(OutreachProcess.DELEGATE_END_REMOVAL_HOLD)).isEmpty();
    assertThat(callsOf(OutreachProcess.DELEGATE_CLOSE_CASE)).isEmpty();

    laterUntil(holdEndsAt);

    assertThat(callsOf(OutreachProcess.DELEGATE_END_REMOVAL_HOLD)).hasSize(1);
    assertThat(closedWith())
        .containsEntry(ProcessVariables.VAR_OUTCOME, CaseOutcomeValues.DECLINED)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, false);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance))
        .contains(OutreachProcess.TASK_DECIDE_CASE_OUTCOME, OutreachProcess.END_CASE_CLOSED);
  }

  @Test
  void onlyIdsEnumsFlagsIntegersAndDatesAreKeptAsVariables() {
    custody(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_EMAIL);
    ProcessInstance instance = open();
    correlate(ProcessMessages.NOTICE_ACKNOWLEDGED, Map.of());
    declineConsultationAndWaitForTheHoldToEnd(instance);

    List<HistoricVariableInstance> kept =
        engine.getHistoryService().createHistoricVariableInstanceQuery().list();
    assertThat(kept).isNotEmpty();
    for (HistoricVariableInstance variable : kept) {
      if (variable.getName().equals(ProcessVariables.VAR_NOTICE_CHANNELS)) {
        assertThat((List<?>) variable.getValue()).allMatch(String.class::isInstance);
        continue;
      }
      assertThat(variable.getTypeName())
          .as(variable.getName())
          .isIn("string", "boolean", "integer", "date", "null");
    }
    assertThat(kept)
        .extracting(HistoricVariableInstance::getName)
        .doesNotContain("decisionResult")
        .contains(ProcessVariables.VAR_PRIORITY, ProcessVariables.VAR_PRIORITY_REASON);
  }

  @Test
  void aDetainedPersonGetsTheNoticeInCustodyAndACustodyReview() {
    custody(CustodyStatusValues.DETAINED);
    ProcessInstance instance = open();

    completeWith(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, DeliverNoticeProcess.DELIVERY_DELIVERED);
    assertThat(hasTask(CourtAccessProcess.TASK_OFFER_CONSULTATION)).isTrue();
    completeWith(
        CustodyReviewProcess.TASK_REVIEW_CUSTODY, CustodyReviewProcess.REVIEW_RELEASE_REQUESTED);
    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_ACCEPTED);
    complete(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);
    complete(CourtAccessProcess.TASK_FILE_COURT_NOTICE);
    later("P30D");

    assertThat(lastCallOf(OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY))
        .containsEntry(ProcessVariables.VAR_PRIORITY, 3);
    assertThat(closedWith())
        .containsEntry(ProcessVariables.VAR_OUTCOME, CaseOutcomeValues.RELEASED);
    assertThat(passed(instance)).contains(OutreachProcess.CALL_CUSTODY_REVIEW);
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void aRemovedPersonReachedThroughAPartnerIsOfferedReturnTravel() {
    custody(CustodyStatusValues.REMOVED, ProcessVariables.VAR_HAS_PARTNER_ORGANISATION);
    ProcessInstance instance = open();

    completeWith(
        DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER, DeliverNoticeProcess.DELIVERY_DELIVERED);
    completeWith(
        ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, ReturnTravelProcess.RETURN_WISHES_TO_RETURN);
    complete(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS);
    complete(ReturnTravelProcess.TASK_BOOK_TRAVEL);
    completeWith(ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, ReturnTravelProcess.ARRIVAL_ARRIVED);
    declineConsultationAndWaitForTheHoldToEnd(instance);

    assertThat(closedWith())
        .containsEntry(ProcessVariables.VAR_OUTCOME, CaseOutcomeValues.RETURNED);
    assertThat(passed(instance))
        .contains(OutreachProcess.CALL_RETURN_TRAVEL)
        .doesNotContain(OutreachProcess.CALL_CUSTODY_REVIEW);
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void aPersonNotFoundAfterDiligentEffortIsClosedAsUnreachable() {
    registryLocates = false;
    custody(CustodyStatusValues.UNKNOWN);
    ProcessInstance instance = open();

    completeWith(LocatePersonProcess.TASK_LOCATE_PERSON, LocatePersonProcess.LOCATE_NOT_FOUND);
    later(LocatePersonProcess.WAIT_BETWEEN_ATTEMPTS);
    completeWith(
        LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
        LocatePersonProcess.DILIGENT_EFFORT_UNREACHABLE);

    assertThat(closedWith())
        .containsEntry(ProcessVariables.VAR_OUTCOME, CaseOutcomeValues.UNREACHABLE)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, true);
    assertThat(callsOf(DeliverNoticeProcess.DELEGATE_SEND_NOTICE)).isEmpty();
    assertThat(callsOf(OutreachProcess.DELEGATE_END_REMOVAL_HOLD)).isEmpty();
    assertThat(passed(instance))
        .contains(
            OutreachProcess.END_PERSON_UNREACHABLE,
            OutreachProcess.EVENT_PERSON_UNREACHABLE,
            OutreachProcess.EVENT_OUTCOME_UNREACHABLE)
        .doesNotContain(OutreachProcess.TASK_DECIDE_CASE_OUTCOME);
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void whenNoChannelProvesTheNoticeACaseworkerLocatesThePersonAgain() {
    custody(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_PHONE);
    open();

    completeWith(DeliverNoticeProcess.TASK_CALL_PERSON, DeliverNoticeProcess.DELIVERY_FAILED);

    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).isTrue();
    assertThat(callsOf(LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS)).hasSize(1);
    assertThat(lastCallOf(LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT))
        .containsEntry(ProcessVariables.VAR_NOTICE_PROVEN, false);
  }

  @Test
  void aCustodyChangeWhileReachingThePersonReroutesTheCase() {
    registryLocates = false;
    custody(CustodyStatusValues.UNKNOWN);
    ProcessInstance instance = open();
    Task searching = task(LocatePersonProcess.TASK_LOCATE_PERSON);

    registryLocates = true;
    custody(CustodyStatusValues.DETAINED);
    assertThat(
            correlate(
                ProcessMessages.CUSTODY_STATUS_CHANGED,
                Map.of(ProcessMessages.VAR_CUSTODY_STATUS, CustodyStatusValues.DETAINED)))
        .isOne();

    assertThat(tasks(LocatePersonProcess.TASK_LOCATE_PERSON)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(searching.getId()).count())
        .isZero();
    assertThat(hasTask(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)).isTrue();
    assertThat(callsOf(OutreachProcess.DELEGATE_LOAD_CASE_FACTS)).hasSize(2);
    assertThat(callsOf(OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD)).hasSize(1);
    assertThat(passed(instance)).contains(OutreachProcess.TASK_RELOAD_CASE_FACTS);
  }

  @Test
  void aCustodyChangeAfterTheNoticeReroutesOnlyTheFollowUp() {
    custody(CustodyStatusValues.DETAINED);
    ProcessInstance instance = open();
    completeWith(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, DeliverNoticeProcess.DELIVERY_DELIVERED);
    Task offer = task(CourtAccessProcess.TASK_OFFER_CONSULTATION);
    assertThat(hasTask(CustodyReviewProcess.TASK_REVIEW_CUSTODY)).isTrue();

    custody(CustodyStatusValues.REMOVED, ProcessVariables.VAR_HAS_PARTNER_ORGANISATION);
    correlate(
        ProcessMessages.CUSTODY_STATUS_CHANGED,
        Map.of(ProcessMessages.VAR_CUSTODY_STATUS, CustodyStatusValues.REMOVED));

    assertThat(hasTask(CustodyReviewProcess.TASK_REVIEW_CUSTODY)).isFalse();
    assertThat(hasTask(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH)).isTrue();
    assertThat(task(CourtAccessProcess.TASK_OFFER_CONSULTATION).getId()).isEqualTo(offer.getId());
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .count())
        .as("the removal hold timer survives the re-routing")
        .isOne();
    assertThat(callsOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN)).hasSize(1);
    assertThat(passed(instance)).contains(OutreachProcess.TASK_RELOAD_CASE_FACTS_AFTER_NOTICE);
  }

  @Test
  void aRemovalScheduledDuringTheHoldRaisesAnUrgentSupervisorTask() {
    registryLocates = false;
    custody(CustodyStatusValues.UNKNOWN);
    ProcessInstance instance = open();
    Date scheduledFor = plus(now(), "P2D");

    correlate(
        ProcessMessages.REMOVAL_SCHEDULED,
        Map.of(ProcessMessages.VAR_REMOVAL_SCHEDULED_FOR, scheduledFor));

    assertThat(lastCallOf(OutreachProcess.DELEGATE_FLAG_REMOVAL_DURING_HOLD))
        .containsEntry(ProcessVariables.VAR_REMOVAL_SCHEDULED_FOR, scheduledFor);
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.SUPERVISORS);
    assertOverdueEscalates(
        OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL, OutreachProcess.DUE_STOP_SCHEDULED_REMOVAL);
    complete(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL);

    assertThat(passed(instance)).contains(OutreachProcess.END_REMOVAL_STOPPED);
    assertThat(hasTask(LocatePersonProcess.TASK_LOCATE_PERSON)).as("the search goes on").isTrue();
  }

  @Test
  void aRemovalScheduledWhileNoHoldIsInForceRaisesNoTask() {
    custody(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_EMAIL);
    ProcessInstance instance = start(OutreachProcess.PROCESS_KEY, Map.of());

    correlate(
        ProcessMessages.REMOVAL_SCHEDULED,
        Map.of(ProcessMessages.VAR_REMOVAL_SCHEDULED_FOR, plus(now(), "P2D")));

    assertThat(passed(instance)).contains(OutreachProcess.END_REMOVAL_OUTSIDE_HOLD);
    assertThat(callsOf(OutreachProcess.DELEGATE_FLAG_REMOVAL_DURING_HOLD)).isEmpty();
    assertThat(hasTask(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL)).isFalse();
    assertThat(Set.copyOf(beansCalled())).contains(OutreachProcess.DELEGATE_PLACE_REMOVAL_HOLD);
  }
}
