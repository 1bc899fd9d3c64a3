package org.outreach.notice.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value DeliverNoticeProcess#DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED}: a channel did not reach the
 * person (bounced, returned, not delivered, no acknowledgement in time); kept as evidence.
 */
@ApplicationScoped
@Named(DeliverNoticeProcess.DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED)
public class RecordNoticeAttemptFailedDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.recordNoticeAttemptFailed(
        ProcessValues.caseId(execution),
        ProcessValues.enumValue(execution, ProcessVariables.VAR_CHANNEL, NoticeChannel.class)
            .orElse(null));
  }
}
