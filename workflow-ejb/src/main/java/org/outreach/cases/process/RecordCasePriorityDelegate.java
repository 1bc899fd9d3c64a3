package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;

/** {@value OutreachProcess#DELEGATE_RECORD_CASE_PRIORITY}: the decision's priority, on the case. */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_RECORD_CASE_PRIORITY)
public class RecordCasePriorityDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    int priority = ProcessValues.integer(execution, ProcessVariables.VAR_PRIORITY, 0);
    if (priority < 1) {
      throw new IllegalStateException(ProcessVariables.VAR_PRIORITY + ": not set");
    }
    progress.recordPriority(
        ProcessValues.caseId(execution),
        priority,
        ProcessValues.text(execution, ProcessVariables.VAR_PRIORITY_REASON).orElse(null));
  }
}
