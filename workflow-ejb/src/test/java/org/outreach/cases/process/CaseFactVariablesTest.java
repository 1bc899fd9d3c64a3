package org.outreach.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.campaign.CampaignSettings;
import org.outreach.processes.ProcessVariables;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.OutreachFacts;

class CaseFactVariablesTest {

  private final CampaignSettings settings =
      CampaignSettings.from(
          Map.of(
                  CampaignSettings.REMOVAL_HOLD_PERIOD, "P40D",
                  CampaignSettings.DILIGENT_EFFORT_ATTEMPTS, "4")
              ::get);

  @Test
  void everyFactTheProcessesShareIsSet() {
    assertThat(CaseFactVariables.of(Optional.empty(), settings).keySet())
        .containsExactlyInAnyOrderElementsOf(ProcessVariables.CASE_FACTS);
  }

  @Test
  void aCaseWithoutAPersonHasWhereaboutsUnknownAndNoChannel() {
    Map<String, Object> variables = CaseFactVariables.of(Optional.empty(), settings);

    assertThat(variables)
        .containsEntry(ProcessVariables.VAR_CUSTODY_STATUS, "UNKNOWN")
        .containsEntry(ProcessVariables.VAR_HAS_SAFE_EMAIL, false)
        .containsEntry(ProcessVariables.VAR_HAS_ATTORNEY, false)
        .containsEntry(ProcessVariables.VAR_LANGUAGE, null)
        .containsEntry(ProcessVariables.VAR_REMOVAL_HOLD_PERIOD, "P40D")
        .containsEntry(ProcessVariables.VAR_DILIGENT_EFFORT_ATTEMPTS, 4);
  }

  private final OutreachFacts removedPerson =
      new OutreachFacts(
          UUID.randomUUID(),
          CustodyStatus.REMOVED,
          true,
          true,
          true,
          false,
          false,
          true,
          false,
          "fr",
          EnumSet.allOf(ExposedField.class));

  @Test
  void aPersonsFactsBecomeFlagsAndCodes() {
    Map<String, Object> variables = CaseFactVariables.of(Optional.of(removedPerson), settings);

    assertThat(variables)
        .containsEntry(ProcessVariables.VAR_CUSTODY_STATUS, "REMOVED")
        .containsEntry(ProcessVariables.VAR_REMOVED_AFTER_LEAK_BEFORE_NOTICE, true)
        .containsEntry(ProcessVariables.VAR_DISCLOSED_TO_GOVERNMENT, true)
        .containsEntry(ProcessVariables.VAR_HAS_SAFE_EMAIL, true)
        .containsEntry(ProcessVariables.VAR_HAS_SAFE_POSTAL_ADDRESS, false)
        .containsEntry(ProcessVariables.VAR_HAS_ATTORNEY, true)
        .containsEntry(ProcessVariables.VAR_LANGUAGE, "fr");
    assertThat(variables.values())
        .allSatisfy(
            value ->
                assertThat(
                        value == null
                            || value instanceof String
                            || value instanceof Boolean
                            || value instanceof Integer)
                    .isTrue());
  }

  @Test
  void theExposureStaysOutOfTheVariablesSinceTheCaseRecordsIt() {
    Map<String, Object> variables = CaseFactVariables.of(Optional.of(removedPerson), settings);

    assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(ProcessVariables.CASE_FACTS);
    assertThat(variables.values()).noneMatch(value -> value instanceof Collection);
  }
}
