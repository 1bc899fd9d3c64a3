package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = CourtAccessProcess.RESOURCE)
class CourtAccessProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  @Override
  ProcessEngineExtension extension() {
    return coverage;
  }

  private Date noticeProvenAt;

  @BeforeEach
  void deadlinesCountFromTheNoticeDate() {
    noticeProvenAt = new Date(now().getTime() - 2L * 24 * 3600 * 1000);
    when(
        CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES,
        execution -> {
          Date from = (Date) execution.getVariable(ProcessVariables.VAR_NOTICE_PROVEN_AT);
          Date deadline = plus(from, "P30D");
          execution.setVariable(ProcessVariables.VAR_COURT_FILING_DEADLINE, deadline);
          execution.setVariable(ProcessVariables.VAR_COURT_FILING_REMINDER_AT, plus(from, "P23D"));
        });
  }

  private ProcessInstance offer() {
    ProcessInstance instance =
        start(
            CourtAccessProcess.PROCESS_KEY,
            Map.of(ProcessVariables.VAR_NOTICE_PROVEN_AT, noticeProvenAt));
    runJobs();
    return instance;
  }

  @Test
  void anAcceptedConsultationIsScheduledAndTheNoticeFiledWithTheCourt() {
    ProcessInstance instance = offer();

    assertThat(lastCallOf(CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES))
        .containsEntry(ProcessVariables.VAR_NOTICE_PROVEN_AT, noticeProvenAt);
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(task(CourtAccessProcess.TASK_OFFER_CONSULTATION).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Teams.LEGAL_ACCESS);
    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_ACCEPTED);
    complete(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);

    assertThat(task(CourtAccessProcess.TASK_FILE_COURT_NOTICE).getDueDate())
        .isEqualTo(plus(noticeProvenAt, "P30D"));
    complete(CourtAccessProcess.TASK_FILE_COURT_NOTICE);

    assertThat(beansCalled())
        .containsExactly(
            CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES,
            CourtAccessProcess.DELEGATE_RECORD_COURT_NOTICE_FILED);
    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance)).contains(CourtAccessProcess.END_COURT_NOTICE_FILED);
  }

  @Test
  void aDeclinedConsultationEndsCourtAccessWithoutFiling() {
    ProcessInstance instance = offer();

    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_DECLINED);

    assertThat(ended(instance)).isTrue();
    assertThat(passed(instance))
        .contains(CourtAccessProcess.END_CONSULTATION_DECLINED)
        .doesNotContain(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);
    assertThat(variable(instance, ProcessVariables.VAR_CONSULTATION_OUTCOME))
        .isEqualTo(CourtAccessProcess.CONSULTATION_DECLINED);
  }

  @Test
  void aReminderGoesOutBeforeTheFilingDeadlineAndTheMissedDeadlineIsEscalated() {
    offer();
    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_ACCEPTED);
    complete(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);

    laterUntil(new Date(plus(noticeProvenAt, "P23D").getTime() - 60_000));
    assertThat(callsOf(CourtAccessProcess.DELEGATE_SEND_DEADLINE_REMINDER)).isEmpty();

    laterUntil(plus(noticeProvenAt, "P23D"));
    assertThat(callsOf(CourtAccessProcess.DELEGATE_SEND_DEADLINE_REMINDER)).hasSize(1);
    assertThat(hasTask(CourtAccessProcess.TASK_FILE_COURT_NOTICE)).isTrue();
    assertThat(callsOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK)).isEmpty();

    laterUntil(plus(noticeProvenAt, "P30D"));
    assertThat(lastCallOf(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK))
        .containsEntry(
            ProcessVariables.VAR_OVERDUE_TASK, CourtAccessProcess.TASK_FILE_COURT_NOTICE);
    assertThat(hasTask(CourtAccessProcess.TASK_FILE_COURT_NOTICE)).isTrue();
  }

  @Test
  void anUnansweredOfferAndAnUnscheduledConsultationAreEscalated() {
    offer();

    assertOverdueEscalates(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.DUE_OFFER_CONSULTATION);
    completeWith(
        CourtAccessProcess.TASK_OFFER_CONSULTATION, CourtAccessProcess.CONSULTATION_ACCEPTED);
    assertOverdueEscalates(
        CourtAccessProcess.TASK_SCHEDULE_CONSULTATION,
        CourtAccessProcess.DUE_SCHEDULE_CONSULTATION);
  }
}
