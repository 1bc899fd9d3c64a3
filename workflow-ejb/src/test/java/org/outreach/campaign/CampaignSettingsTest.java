package org.outreach.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignSettingsTest {

  @Test
  void withoutSettingsTheAgencysCommitmentsApply() {
    CampaignSettings settings = CampaignSettings.from(name -> null);

    assertThat(settings.removalHoldPeriod()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.diligentEffortAttempts()).isEqualTo(5);
    assertThat(settings.courtFilingPeriod()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.courtFilingReminder()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.supervisorsMail()).isEqualTo("supervisors@localhost");
  }

  @Test
  void givenSettingsReplaceTheDefaults() {
    Map<String, String> given =
        Map.of(
            CampaignSettings.REMOVAL_HOLD_PERIOD, "P45D",
            CampaignSettings.DILIGENT_EFFORT_ATTEMPTS, " 3 ",
            CampaignSettings.COURT_FILING_PERIOD, "P60D",
            CampaignSettings.COURT_FILING_REMINDER, "PT36H",
            CampaignSettings.SUPERVISORS_MAIL, "watch@agency.example");

    CampaignSettings settings = CampaignSettings.from(given::get);

    assertThat(settings.removalHoldPeriod()).isEqualTo(Duration.ofDays(45));
    assertThat(settings.diligentEffortAttempts()).isEqualTo(3);
    assertThat(settings.courtFilingPeriod()).isEqualTo(Duration.ofDays(60));
    assertThat(settings.courtFilingReminder()).isEqualTo(Duration.ofHours(36));
    assertThat(settings.supervisorsMail()).isEqualTo("watch@agency.example");
  }

  @Test
  void theHoldPeriodTravelsAsAnIsoDurationTheEngineReadsBack() {
    CampaignSettings settings = CampaignSettings.from(name -> null);

    assertThat(settings.removalHoldPeriodText()).isEqualTo("P30D");
    assertThat(
            CampaignSettings.from(
                    name -> name.equals(CampaignSettings.REMOVAL_HOLD_PERIOD) ? "PT36H" : null)
                .removalHoldPeriodText())
        .isEqualTo("PT36H");
  }

  @Test
  void aBlankSettingMeansTheDefault() {
    assertThat(
            CampaignSettings.from(
                    name -> name.equals(CampaignSettings.REMOVAL_HOLD_PERIOD) ? "  " : null)
                .removalHoldPeriod())
        .isEqualTo(Duration.ofDays(30));
  }

  @ParameterizedTest
  @CsvSource({
    "outreach.removal-hold.period, 30 days, not an ISO-8601 duration",
    "outreach.removal-hold.period, P1M, not an ISO-8601 duration",
    "outreach.court-filing.period, PT0S, must be longer than zero",
    "outreach.court-filing.reminder, -P7D, must be longer than zero",
    "outreach.diligent-effort.attempts, five, not a whole number",
    "outreach.diligent-effort.attempts, 0, must be 1 or more"
  })
  void aMalformedSettingIsRefusedNamingTheProperty(String property, String value, String rule) {
    assertThatThrownBy(() -> CampaignSettings.from(name -> name.equals(property) ? value : null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(property + ": " + rule + messageTail(rule));
  }

  @Test
  void eachPropertyHasAnEnvironmentVariable() {
    assertThat(SettingValues.environmentName(CampaignSettings.REMOVAL_HOLD_PERIOD))
        .isEqualTo("OUTREACH_REMOVAL_HOLD_PERIOD");
    assertThat(SettingValues.environmentName(CampaignSettings.DILIGENT_EFFORT_ATTEMPTS))
        .isEqualTo("OUTREACH_DILIGENT_EFFORT_ATTEMPTS");
  }

  private static String messageTail(String rule) {
    return rule.startsWith("not an ISO") ? " in days, hours or minutes (such as P30D)" : "";
  }
}
