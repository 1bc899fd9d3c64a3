package org.outreach.notice.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.process.ProcessValues;
import org.outreach.notice.NoticeDispatch;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value DeliverNoticeProcess#DELEGATE_SEND_NOTICE}: sends the notice through {@code channel}
 * (EMAIL, LETTER or ATTORNEY) in the person's {@code language}.
 */
@ApplicationScoped
@Named(DeliverNoticeProcess.DELEGATE_SEND_NOTICE)
public class SendNoticeDelegate implements JavaDelegate {

  @Inject private NoticeDispatch dispatch;

  @Override
  public void execute(DelegateExecution execution) {
    dispatch.send(
        ProcessValues.caseId(execution),
        ProcessValues.requiredEnum(execution, ProcessVariables.VAR_CHANNEL, NoticeChannel.class),
        ProcessValues.text(execution, ProcessVariables.VAR_LANGUAGE).orElse(null));
  }
}
