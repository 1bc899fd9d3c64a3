package org.outreach.court.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseDeadlines;
import org.outreach.cases.process.ProcessValues;
import org.outreach.court.CourtAccess;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value CourtAccessProcess#DELEGATE_COMPUTE_COURT_DEADLINES}: sets {@code courtFilingDeadline}
 * and {@code courtFilingReminderAt} from {@code noticeProvenAt}.
 */
@ApplicationScoped
@Named(CourtAccessProcess.DELEGATE_COMPUTE_COURT_DEADLINES)
public class ComputeCourtDeadlinesDelegate implements JavaDelegate {

  @Inject private CourtAccess courtAccess;

  @Override
  public void execute(DelegateExecution execution) {
    CaseDeadlines.CourtDeadlines deadlines =
        courtAccess.computeDeadlines(
            ProcessValues.caseId(execution),
            ProcessValues.instant(execution, ProcessVariables.VAR_NOTICE_PROVEN_AT));
    execution.setVariable(
        ProcessVariables.VAR_COURT_FILING_DEADLINE, Date.from(deadlines.filingDeadline()));
    execution.setVariable(
        ProcessVariables.VAR_COURT_FILING_REMINDER_AT, Date.from(deadlines.reminderAt()));
  }
}
