package org.outreach.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OutgoingTextTest {

  @Test
  void theHashIsOfSubjectAndBodyAsANoticesIsAndTheTextIsNeverPrinted() throws Exception {
    OutgoingText text = OutgoingText.of("Überfällige Aufgabe", "Case OC-7K2M-9QXD\n");

    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        "Überfällige Aufgabe\n\nCase OC-7K2M-9QXD\n"
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(text.sha256()).isEqualTo(expected);
    assertThat(text.toString()).doesNotContain("OC-7K2M").contains(expected);
  }

  @Test
  void eachTeamIsAtTheAddressItsSettingGives() {
    var settings =
        org.outreach.campaign.CampaignSettings.from(
            java.util.Map.of(
                    "outreach.supervisors.mail", "sup@agency.test",
                    "outreach.legal-access.mail", "legal@agency.test")
                ::get);
    assertThat(StaffRecipient.SUPERVISORS.address(settings)).isEqualTo("sup@agency.test");
    assertThat(StaffRecipient.LEGAL_ACCESS.address(settings)).isEqualTo("legal@agency.test");
  }
}
