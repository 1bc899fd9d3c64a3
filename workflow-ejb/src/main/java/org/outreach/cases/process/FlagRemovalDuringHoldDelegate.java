package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.processes.OutreachProcess;

/**
 * {@value OutreachProcess#DELEGATE_FLAG_REMOVAL_DURING_HOLD}: a removal was scheduled while the
 * hold stands; the case becomes urgent before the supervisors' task to stop it.
 */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_FLAG_REMOVAL_DURING_HOLD)
public class FlagRemovalDuringHoldDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.flagRemovalDuringHold(ProcessValues.caseId(execution));
  }
}
