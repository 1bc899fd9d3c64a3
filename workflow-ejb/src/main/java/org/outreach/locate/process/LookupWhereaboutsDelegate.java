package org.outreach.locate.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.process.ProcessValues;
import org.outreach.locate.Whereabouts;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;

/** {@value LocatePersonProcess#DELEGATE_LOOKUP_WHEREABOUTS}: sets {@code located}. */
@ApplicationScoped
@Named(LocatePersonProcess.DELEGATE_LOOKUP_WHEREABOUTS)
public class LookupWhereaboutsDelegate implements JavaDelegate {

  @Inject private Whereabouts whereabouts;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        ProcessVariables.VAR_LOCATED, whereabouts.lookup(ProcessValues.caseId(execution)));
  }
}
