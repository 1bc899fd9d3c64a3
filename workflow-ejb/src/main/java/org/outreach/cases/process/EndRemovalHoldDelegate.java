package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;

/** {@value OutreachProcess#DELEGATE_END_REMOVAL_HOLD}: the hold's period after notice is over. */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_END_REMOVAL_HOLD)
public class EndRemovalHoldDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.endRemovalHold(ProcessValues.caseId(execution));
    execution.setVariable(ProcessVariables.VAR_REMOVAL_HOLD_ACTIVE, false);
  }
}
