package org.outreach.custody.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CustodyReviewOutcome;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.ProcessVariables;

/**
 * {@value CustodyReviewProcess#DELEGATE_RECORD_CUSTODY_REVIEW}: the review's outcome, on the case.
 */
@ApplicationScoped
@Named(CustodyReviewProcess.DELEGATE_RECORD_CUSTODY_REVIEW)
public class RecordCustodyReviewDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.recordCustodyReview(
        ProcessValues.caseId(execution),
        ProcessValues.requiredEnum(
            execution, ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME, CustodyReviewOutcome.class));
  }
}
