package org.outreach.court.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.process.ProcessValues;
import org.outreach.court.CourtAccess;
import org.outreach.processes.CourtAccessProcess;

/** {@value CourtAccessProcess#DELEGATE_SEND_DEADLINE_REMINDER}: reminds the legal-access team. */
@ApplicationScoped
@Named(CourtAccessProcess.DELEGATE_SEND_DEADLINE_REMINDER)
public class SendDeadlineReminderDelegate implements JavaDelegate {

  @Inject private CourtAccess courtAccess;

  @Override
  public void execute(DelegateExecution execution) {
    courtAccess.sendReminder(ProcessValues.caseId(execution));
  }
}
