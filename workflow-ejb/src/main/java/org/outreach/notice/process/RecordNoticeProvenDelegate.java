package org.outreach.notice.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value DeliverNoticeProcess#DELEGATE_RECORD_NOTICE_PROVEN}: the notice reached the person. Sets
 * {@code noticeProven}, {@code noticeProvenAt} and {@code removalHoldEndsAt} (notice plus {@code
 * removalHoldPeriod}) and keeps them on the case; the first proof of a case counts.
 */
@ApplicationScoped
@Named(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_PROVEN)
public class RecordNoticeProvenDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    CaseProgress.NoticeProof proof =
        progress.recordNoticeProven(
            ProcessValues.caseId(execution),
            ProcessValues.enumValue(execution, ProcessVariables.VAR_CHANNEL, NoticeChannel.class)
                .orElse(null),
            holdPeriod(execution));
    execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN, true);
    execution.setVariable(ProcessVariables.VAR_NOTICE_PROVEN_AT, Date.from(proof.provenAt()));
    execution.setVariable(
        ProcessVariables.VAR_REMOVAL_HOLD_ENDS_AT, Date.from(proof.removalHoldEndsAt()));
  }

  private static Duration holdPeriod(DelegateExecution execution) {
    return ProcessValues.text(execution, ProcessVariables.VAR_REMOVAL_HOLD_PERIOD)
        .map(
            text -> {
              try {
                return Duration.parse(text);
              } catch (DateTimeParseException e) {
                throw new IllegalStateException(
                    ProcessVariables.VAR_REMOVAL_HOLD_PERIOD + ": not an ISO-8601 duration");
              }
            })
        .orElseGet(() -> CampaignSettings.current().removalHoldPeriod());
  }
}
