package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {DeliverNoticeProcess.RESOURCE, NoticeChannelsDecision.RESOURCE})
class DeliverNoticeProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  @BeforeEach
  void standIns() {
    when(
        DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN,
        execution -> {
          execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN, true);
          execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN_AT, now());
          execution.setVariable(ProcessVariables.VAR_REMOVAL_HOLD_ENDS_AT, plus(now(), "P30D"));
        });
  }

  private ProcessInstance deliver(String custodyStatus, String... safe) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(ProcessVariables.VAR_CUSTODY_STATUS, custodyStatus);
    for (String flag :
        List.of(
            ProcessVariables.VAR_HAS_SAFE_EMAIL,
            ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS,
            ProcessVariables.VAR_HAS_SAFE_PHONE,
            ProcessVariables.VAR_HAS_ATTORNEY,
            ProcessVariables.VAR_HAS_PARTNER_ORGANISATION)) {
      facts.put(flag, List.of(safe).contains(flag));
    }
    facts.put(ProcessVariables.VAR_LANGUAGE, "es");
    facts.put(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, "P30D");
    ProcessInstance instance = start(DeliverNoticeProcess.PROCESS_KEY, facts);
    runJobs();
    return instance;
  }

  private List<Object> channelsSent() {
    return callsOf(DeliverNoticeProcess.DELEGATE_SEND_NOTICE).stream()
        .map(v -> v.get(ProcessVariables.VAR_CHANNEL))
        .toList();
  }

  @Test
  void anAcknowledgedEmailProvesTheNotice() {
    ProcessInstance instance =
        deliver(
            CustodyStatusValues.RELEASED,
            ProcessVariables.VAR_HAS_SAFE_EMAIL,
            ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS);

    assertThat(channelsSent()).containsExactly(NoticeChannelsDecision.CHANNEL_EMAIL);
    assertThat(correlate(ProcessMessages.NOTICE_ACKNOWLEDGED, Map.of())).isOne();

    assertThat(lastCallOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN))
        .containsEntry(ProcessVariables.VAR_CHANNEL, NoticeChannelsDecision.CHANNEL_EMAIL)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, "P30D");
    assertThat(channelsSent()).hasSize(1);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(DeliverNoticeProcess.END_NOTICE_PROVEN);
    assertThat(variable(instance, ProcessVariables.VAR_NOTICE_CHANNELS))
        .isEqualTo(
            List.of(NoticeChannelsDecision.CHANNEL_EMAIL, NoticeChannelsDecision.CHANNEL_LETTER));
  }

  @Test
  void aBouncedEmailMovesOnToTheLetter() {
    deliver(
        CustodyStatusValues.RELEASED,
        ProcessVariables.VAR_HAS_SAFE_EMAIL,
        ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS);

    correlate(ProcessMessages.NOTICE_RETURNED, Map.of());

    assertThat(lastCallOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED))
        .containsEntry(ProcessVariables.VAR_CHANNEL, NoticeChannelsDecision.CHANNEL_EMAIL);
    assertThat(channelsSent())
        .containsExactly(
            NoticeChannelsDecision.CHANNEL_EMAIL, NoticeChannelsDecision.CHANNEL_LETTER);
  }

  @Test
  void anUnansweredEmailWaitsFourteenDaysAndALetterTwentyOne() {
    ProcessInstance instance =
        deliver(
            CustodyStatusValues.RELEASED,
            ProcessVariables.VAR_HAS_SAFE_EMAIL,
            ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS);

    later("P13D");
    assertThat(channelsSent()).hasSize(1);
    later("P1D");
    assertThat(channelsSent()).hasSize(2);

    later("P20D");
    assertThat(callsOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED)).hasSize(1);
    later("P1D");

    assertThat(callsOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED)).hasSize(2);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(DeliverNoticeProcess.END_NO_CHANNEL_WORKED);
    assertThat(variable(instance, ProcessVariables.VAR_NOTICE_PROVEN)).isEqualTo(false);
  }

  @Test
  void aDetainedPersonIsHandedTheNoticeInCustody() {
    ProcessInstance instance =
        deliver(CustodyStatusValues.DETAINED, ProcessVariables.VAR_HAS_ATTORNEY);

    assertThat(channelsSent()).isEmpty();
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(
                    task(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.DETENTION);
    completeWith(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, DeliverNoticeProcess.DELIVERY_DELIVERED);

    assertThat(lastCallOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN))
        .containsEntry(ProcessVariables.VAR_CHANNEL, NoticeChannelsDecision.CHANNEL_HAND_DELIVERY);
    assertThat(channelsSent()).isEmpty();
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void aFailedHandDeliveryFallsBackToTheAttorneyOfRecord() {
    deliver(CustodyStatusValues.DETAINED, ProcessVariables.VAR_HAS_ATTORNEY);

    completeWith(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, DeliverNoticeProcess.DELIVERY_FAILED);

    assertThat(lastCallOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED))
        .containsEntry(ProcessVariables.VAR_CHANNEL, NoticeChannelsDecision.CHANNEL_HAND_DELIVERY);
    assertThat(channelsSent()).containsExactly(NoticeChannelsDecision.CHANNEL_ATTORNEY);
  }

  @Test
  void aFailedPhoneCallWithNoOtherChannelLeavesTheNoticeUnproven() {
    ProcessInstance instance =
        deliver(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_PHONE);

    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(DeliverNoticeProcess.TASK_CALL_PERSON).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.RELEASE);
    completeWith(DeliverNoticeProcess.TASK_CALL_PERSON, DeliverNoticeProcess.DELIVERY_FAILED);

    assertThat(ended(instance)).isTrue();
    assertThat(variable(instance, ProcessVariables.VAR_NOTICE_PROVEN)).isEqualTo(false);
    assertThat(callsOf(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN)).isEmpty();
  }

  @Test
  void aRemovedPersonIsReachedThroughThePartnerOrganisation() {
    ProcessInstance instance =
        deliver(CustodyStatusValues.REMOVED, ProcessVariables.VAR_HAS_PARTNER_ORGANISATION);

    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(
                    task(DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.REMOVAL);
    completeWith(
        DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER, DeliverNoticeProcess.DELIVERY_DELIVERED);

    assertThat(variable(instance, ProcessVariables.VAR_NOTICE_PROVEN)).isEqualTo(true);
    assertThat(ended(instance)).isTrue();
  }

  @Test
  void withNoSafeChannelNothingIsSentAndTheNoticeStaysUnproven() {
    ProcessInstance instance = deliver(CustodyStatusValues.UNKNOWN);

    assertThat(beansCalled()).isEmpty();
    assertThat(ended(instance)).isTrue();
    assertThat(variable(instance, ProcessVariables.VAR_NOTICE_PROVEN)).isEqualTo(false);
  }

  @Test
  void overdueDeliveryTasksAreEscalated() {
    deliver(CustodyStatusValues.DETAINED);
    assertOverdueEscalates(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
        DeliverNoticeProcess.DUE_HAND_DELIVER_NOTICE);
    completeWith(
        DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, DeliverNoticeProcess.DELIVERY_FAILED);

    deliver(CustodyStatusValues.RELEASED, ProcessVariables.VAR_HAS_SAFE_PHONE);
    assertOverdueEscalates(
        DeliverNoticeProcess.TASK_CALL_PERSON, DeliverNoticeProcess.DUE_CALL_PERSON);
    completeWith(DeliverNoticeProcess.TASK_CALL_PERSON, DeliverNoticeProcess.DELIVERY_FAILED);

    deliver(CustodyStatusValues.REMOVED, ProcessVariables.VAR_HAS_PARTNER_ORGANISATION);
    assertOverdueEscalates(
        DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER,
        DeliverNoticeProcess.DUE_NOTIFY_THROUGH_PARTNER);
  }
}
