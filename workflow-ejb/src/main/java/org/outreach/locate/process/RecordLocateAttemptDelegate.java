package org.outreach.locate.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value LocatePersonProcess#DELEGATE_RECORD_LOCATE_ATTEMPT}: one more attempt, counted in {@code
 * locateAttempts} and kept on the case as evidence of diligent effort.
 */
@ApplicationScoped
@Named(LocatePersonProcess.DELEGATE_RECORD_LOCATE_ATTEMPT)
public class RecordLocateAttemptDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.recordLocateAttempt(ProcessValues.caseId(execution));
    execution.setVariable(
        ProcessVariables.VAR_LOCATE_ATTEMPTS,
        ProcessValues.integer(execution, ProcessVariables.VAR_LOCATE_ATTEMPTS, 0) + 1);
  }
}
