package org.outreach.travel.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.travel.ReturnOutcomes;

/**
 * {@value ReturnTravelProcess#DELEGATE_RECORD_RETURN}: how return travel ended (arrived, did not
 * travel, stays, no contact), on the case.
 */
@ApplicationScoped
@Named(ReturnTravelProcess.DELEGATE_RECORD_RETURN)
public class RecordReturnDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.recordReturn(
        ProcessValues.caseId(execution),
        ReturnOutcomes.of(
            ProcessValues.text(execution, ProcessVariables.VAR_RETURN_WISH),
            ProcessValues.text(execution, ProcessVariables.VAR_ARRIVAL_OUTCOME)));
  }
}
