package org.outreach.cases.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseProgress;
import org.outreach.processes.OutreachProcess;

/**
 * {@value OutreachProcess#DELEGATE_LOAD_CASE_FACTS}: the registry's facts about the case's person
 * (custody status, flags, language; never a name or an address) and the configured periods, as
 * process variables. What of the person leaked is recorded on the case while loading, never in a
 * variable.
 */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_LOAD_CASE_FACTS)
public class LoadCaseFactsDelegate implements JavaDelegate {

  @Inject private CaseProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(
        CaseFactVariables.of(
            progress.loadFacts(ProcessValues.caseId(execution)), CampaignSettings.current()));
  }
}
