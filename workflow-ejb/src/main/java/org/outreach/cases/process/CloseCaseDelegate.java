package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseOutcome;
import org.outreach.cases.CaseProgress;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;

/** {@value OutreachProcess#DELEGATE_CLOSE_CASE}: closes the case with the process's outcome. */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_CLOSE_CASE)
public class CloseCaseDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.close(
        ProcessValues.caseId(execution),
        ProcessValues.requiredEnum(execution, ProcessVariables.VAR_OUTCOME, CaseOutcome.class));
  }
}
