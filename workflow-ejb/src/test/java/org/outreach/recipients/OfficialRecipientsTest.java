package org.outreach.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialRecipientsTest {

  private final OfficialRecipients shipped = OfficialRecipients.shipped();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "trial.attorney@ice.dhs.gov",
        "someone@state.gov",
        "consular@minrex.gob.cu",
        "x@diplomatie.gouv.fr",
        "x@homeoffice.gov.uk",
        "x@canada.gc.ca",
        "x@army.mil",
        "X@ICE.DHS.GOV.",
        "x@mfa.gov.sg",
        "x@bmeia.gv.at"
      })
  void governmentDomainsAreGovernment(String address) {
    assertThat(shipped.ofEmail(address)).contains(RecipientClass.GOVERNMENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "citas@consulado-cuba.org",
        "info@embajada-honduras.example",
        "visa@embassyoferitrea.org",
        "x@ambassade-rdc.example",
        "x@consulate.example",
        "x@xn--embajada-mxico-kkb.example",
        "x@embajada-méxico.example",
        "x@xn--mbajada-9xa.example"
      })
  void consulateAndEmbassyDomainsAreConsulates(String address) {
    assertThat(shipped.ofEmail(address)).contains(RecipientClass.CONSULATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "someone@example.test",
        "maria.lopez@gmail.com",
        "governor.smith@example.com",
        "x@legal-aid.org",
        "x@smithconsulting.com",
        "x@comfast.net",
        "x@gobierno-abierto-fan.example.com.nope",
        "no-domain",
        "x@"
      })
  void otherAddressesAreNotOfficial(String address) {
    // "gobierno-abierto-fan" holds "gob" inside a label: only whole labels count for gov/gob
    assertThat(shipped.ofEmail(address)).isEmpty();
  }

  @Test
  void postalAddressesAreToldByWholeWordsWithoutCaseOrAccents() {
    assertThat(shipped.ofPostalAddress("Consulado General de Cuba\n2630 16th St NW, Washington"))
        .contains(RecipientClass.CONSULATE);
    assertThat(shipped.ofPostalAddress("Embassy of Honduras, 1220 19th St"))
        .contains(RecipientClass.CONSULATE);
    assertThat(
            shipped.ofPostalAddress(
                "Ministère des Affaires étrangères, 37 quai d'Orsay, 75007 Paris"))
        .contains(RecipientClass.GOVERNMENT);
    assertThat(shipped.ofPostalAddress("U.S. Immigration and Customs Enforcement, 500 12th St SW"))
        .contains(RecipientClass.GOVERNMENT);
    assertThat(shipped.ofPostalAddress("Посольство Российской Федерации"))
        .contains(RecipientClass.CONSULATE);
    assertThat(shipped.ofPostalAddress("السفارة الكويتية، شارع"))
        .contains(RecipientClass.CONSULATE);
    assertThat(shipped.ofPostalAddress("中华人民共和国驻美国大使馆")).contains(RecipientClass.CONSULATE);
  }

  @Test
  void wordsInsideOtherWordsAreNotMatchedForLatinPatterns() {
    assertThat(shipped.ofPostalAddress("12 Consulting Park, Houston TX")).isEmpty();
    assertThat(shipped.ofPostalAddress("4 Embassyville Road")).isEmpty();
    assertThat(shipped.ofPostalAddress("Calle de la Paz 14, Tegucigalpa")).isEmpty();
    assertThat(shipped.ofPostalAddress("")).isEmpty();
    assertThat(shipped.ofPostalAddress(null)).isEmpty();
  }

  @Test
  void theSettingAddsEntriesAndAMalformedOneIsRefusedNamingTheSetting() {
    Map<String, String> settings =
        Map.of(
            OfficialRecipients.EXTRA,
            "CONSULATE domain consul-hn.example ; GOVERNMENT postal office of the attorney general");
    OfficialRecipients withExtra = OfficialRecipients.current(settings::get);
    assertThat(withExtra.ofEmail("a@visas.consul-hn.example")).contains(RecipientClass.CONSULATE);
    assertThat(withExtra.ofPostalAddress("Office of the Attorney General, Tegucigalpa"))
        .contains(RecipientClass.GOVERNMENT);
    assertThat(withExtra.size()).isEqualTo(shipped.size() + 2);

    assertThatThrownBy(
            () ->
                OfficialRecipients.current(
                    Map.of(OfficialRecipients.EXTRA, "PERSON domain example.test")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(OfficialRecipients.EXTRA);
    assertThatThrownBy(
            () ->
                OfficialRecipients.current(
                    Map.of(OfficialRecipients.EXTRA, "CONSULATE postal")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a class, a rule and a pattern");
  }

  @Test
  void everyShippedEntryMatchesWhatItDescribes() {
    // each postal entry's own words are an address it refuses
    assertThat(shipped.size()).isGreaterThan(50);
    for (String line :
        List.of("Embajada de México", "Consulat général", "Botschaft der Republik", "領事館")) {
      assertThat(shipped.ofPostalAddress(line)).as(line).isPresent();
    }
  }
}
