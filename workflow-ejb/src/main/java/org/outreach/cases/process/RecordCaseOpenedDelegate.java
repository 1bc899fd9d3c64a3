package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseRecords;
import org.outreach.processes.OutreachProcess;

/** {@value OutreachProcess#TASK_RECORD_CASE_OPENED}: marks the case as being in outreach. */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_RECORD_CASE_OPENED)
public class RecordCaseOpenedDelegate implements JavaDelegate {

  @Inject private CaseRecords caseRecords;

  @Override
  public void execute(DelegateExecution execution) {
    UUID caseId = UUID.fromString((String) execution.getVariable(OutreachProcess.VAR_CASE_ID));
    caseRecords.markOutreachStarted(caseId);
  }
}
