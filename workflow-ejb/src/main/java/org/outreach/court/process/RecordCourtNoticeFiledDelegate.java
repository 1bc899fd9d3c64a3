package org.outreach.court.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.process.ProcessValues;
import org.outreach.court.CourtAccess;
import org.outreach.processes.CourtAccessProcess;

/** {@value CourtAccessProcess#DELEGATE_RECORD_COURT_NOTICE_FILED}: the filing, on the case. */
@ApplicationScoped
@Named(CourtAccessProcess.DELEGATE_RECORD_COURT_NOTICE_FILED)
public class RecordCourtNoticeFiledDelegate implements JavaDelegate {

  @Inject private CourtAccess courtAccess;

  @Override
  public void execute(DelegateExecution execution) {
    courtAccess.recordFiled(ProcessValues.caseId(execution));
  }
}
