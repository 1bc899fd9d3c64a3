package org.outreach.cases.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.outreach.campaign.CampaignSettings;
import org.outreach.processes.CustodyStatusValues;
import org.outreach.processes.ProcessVariables;
import org.outreach.registry.OutreachFacts;

/**
 * The fact variables a case's processes route on, from the registry's facts and the campaign's
 * settings. A case without a person is treated as one whose whereabouts are unknown.
 */
final class CaseFactVariables {

  private CaseFactVariables() {}

  static Map<String, Object> of(Optional<OutreachFacts> known, CampaignSettings settings) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        ProcessVariables.VAR_CUSTODY_STATUS,
        known.map(f -> f.custodyStatus().name()).orElse(CustodyStatusValues.UNKNOWN));
    variables.put(
        ProcessVariables.VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE,
        known.map(OutreachFacts::removedAfterLeakBeforeNotice).orElse(false));
    variables.put(
        ProcessVariables.VAR_DISCLOSED_TO_GOVERNMENT,
        known.map(OutreachFacts::disclosedToGovernment).orElse(false));
    variables.put(
        ProcessVariables.VAR_HAS_SAFE_EMAIL, known.map(OutreachFacts::hasSafeEmail).orElse(false));
    variables.put(
        ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS,
        known.map(OutreachFacts::hasSafePostalAddress).orElse(false));
    variables.put(
        ProcessVariables.VAR_HAS_SAFE_PHONE, known.map(OutreachFacts::hasSafePhone).orElse(false));
    variables.put(
        ProcessVariables.VAR_HAS_ATTORNEY, known.map(OutreachFacts::hasAttorney).orElse(false));
    variables.put(
        ProcessVariables.VAR_HAS_PARTNER_ORGANISATION,
        known.map(OutreachFacts::hasPartnerOrganisation).orElse(false));
    variables.put(ProcessVariables.VAR_LANGUAGE, known.map(OutreachFacts::language).orElse(null));
    variables.put(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, settings.removalHoldPeriodText());
    variables.put(ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, settings.diligentEffortAttempts());
    return variables;
  }
}
