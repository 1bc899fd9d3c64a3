package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.outreach.processes.CustodyStatusValues.DETAINED;
import static org.outreach.processes.CustodyStatusValues.RELEASED;
import static org.outreach.processes.CustodyStatusValues.REMOVED;
import static org.outreach.processes.CustodyStatusValues.UNKNOWN;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_ATTORNEY;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_EMAIL;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_HAND_DELIVERY;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_LETTER;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_PARTNER_ORGANISATION;
import static org.outreach.processes.NoticeChannelsDecision.CHANNEL_PHONE_CALL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoticeChannelsDecisionTest {

  private static final DecisionTable TABLE =
      DecisionTable.load(NoticeChannelsDecision.RESOURCE, NoticeChannelsDecision.DECISION_KEY);

  /**
   * What the table is told about one person: a custody status and which contact points are known
   * and marked safe. Null stands for a fact nobody has recorded.
   */
  record Contacts(
      String custodyStatus,
      Boolean hasSafeEmail,
      Boolean hasSafePostalAddress,
      Boolean hasSafePhone,
      Boolean hasAttorney,
      Boolean hasPartnerOrganisation,
      String language) {

    static Contacts person(String custodyStatus) {
      return new Contacts(custodyStatus, false, false, false, false, false, null);
    }

    static Contacts nothingRecorded() {
      return new Contacts(null, null, null, null, null, null, null);
    }

    Contacts withSafeEmail() {
      return new Contacts(
          custodyStatus,
          true,
          hasSafePostalAddress,
          hasSafePhone,
          hasAttorney,
          hasPartnerOrganisation,
          language);
    }

    Contacts withSafePostalAddress() {
      return new Contacts(
          custodyStatus,
          hasSafeEmail,
          true,
          hasSafePhone,
          hasAttorney,
          hasPartnerOrganisation,
          language);
    }

    Contacts withSafePhone() {
      return new Contacts(
          custodyStatus,
          hasSafeEmail,
          hasSafePostalAddress,
          true,
          hasAttorney,
          hasPartnerOrganisation,
          language);
    }

    Contacts withAttorney() {
      return new Contacts(
          custodyStatus,
          hasSafeEmail,
          hasSafePostalAddress,
          hasSafePhone,
          true,
          hasPartnerOrganisation,
          language);
    }

    Contacts withPartnerOrganisation() {
      return new Contacts(
          custodyStatus,
          hasSafeEmail,
          hasSafePostalAddress,
          hasSafePhone,
          hasAttorney,
          true,
          language);
    }

    Contacts withEveryContactPoint() {
      return withSafeEmail()
          .withSafePostalAddress()
          .withSafePhone()
          .withAttorney()
          .withPartnerOrganisation();
    }

    Contacts speaking(String isoLanguage) {
      return new Contacts(
          custodyStatus,
          hasSafeEmail,
          hasSafePostalAddress,
          hasSafePhone,
          hasAttorney,
          hasPartnerOrganisation,
          isoLanguage);
    }

    Map<String, Object> inputs() {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put(NoticeChannelsDecision.INPUT_CUSTODY_STATUS, custodyStatus);
      inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_EMAIL, hasSafeEmail);
      inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_POSTAL_ADDRESS, hasSafePostalAddress);
      inputs.put(NoticeChannelsDecision.INPUT_HAS_SAFE_PHONE, hasSafePhone);
      inputs.put(NoticeChannelsDecision.INPUT_HAS_ATTORNEY, hasAttorney);
      inputs.put(NoticeChannelsDecision.INPUT_HAS_PARTNER_ORGANISATION, hasPartnerOrganisation);
      inputs.put(NoticeChannelsDecision.INPUT_LANGUAGE, language);
      return inputs;
    }

    @Override
    public String toString() {
      StringJoiner known = new StringJoiner(", ", custodyStatus + " [", "]");
      known.setEmptyValue(custodyStatus + " [nothing safe known]");
      addIfSet(known, hasSafeEmail, "email");
      addIfSet(known, hasSafePostalAddress, "postal address");
      addIfSet(known, hasSafePhone, "phone");
      addIfSet(known, hasAttorney, "attorney");
      addIfSet(known, hasPartnerOrganisation, "partner organisation");
      if (language != null) {
        known.add("language " + language);
      }
      return known.toString();
    }

    private static void addIfSet(StringJoiner known, Boolean flag, String name) {
      if (flag == null) {
        known.add(name + " not recorded");
      } else if (flag) {
        known.add(name);
      }
    }
  }

  private static List<String> channelsFor(Contacts contacts) {
    DecisionTable.Evaluation evaluation = TABLE.evaluate(contacts.inputs());
    List<String> channels =
        evaluation.result().collectEntries(NoticeChannelsDecision.OUTPUT_CHANNEL);
    // each matching rule adds exactly one channel
    assertThat(channels)
        .as("channels for %s", contacts)
        .hasSameSizeAs(evaluation.decidingRuleIds());
    return channels;
  }

  /** Every combination of the five contact-point flags, for one custody status. */
  private static List<Contacts> everyCombinationOfContactPoints(String custodyStatus) {
    List<Contacts> combinations = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      combinations.add(
          new Contacts(
              custodyStatus,
              (bits & 1) != 0,
              (bits & 2) != 0,
              (bits & 4) != 0,
              (bits & 8) != 0,
              (bits & 16) != 0,
              null));
    }
    return combinations;
  }

  static Stream<Arguments> detained() {
    return Stream.of(
        arguments(Contacts.person(DETAINED), List.of(CHANNEL_HAND_DELIVERY)),
        arguments(
            Contacts.person(DETAINED).withAttorney(),
            List.of(CHANNEL_HAND_DELIVERY, CHANNEL_ATTORNEY)),
        // in custody, contact points outside do not reach the person
        arguments(
            Contacts.person(DETAINED)
                .withSafeEmail()
                .withSafePostalAddress()
                .withSafePhone()
                .withPartnerOrganisation(),
            List.of(CHANNEL_HAND_DELIVERY)),
        arguments(
            Contacts.person(DETAINED).withEveryContactPoint(),
            List.of(CHANNEL_HAND_DELIVERY, CHANNEL_ATTORNEY)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("detained")
  void aDetainedPersonIsHandedTheNoticeInCustodyAndTheirAttorneyGetsACopy(
      Contacts contacts, List<String> expected) {
    assertThat(channelsFor(contacts)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> released() {
    return Stream.of(
        arguments(
            Contacts.person(RELEASED).withEveryContactPoint(),
            List.of(CHANNEL_EMAIL, CHANNEL_LETTER, CHANNEL_PHONE_CALL, CHANNEL_ATTORNEY)),
        arguments(Contacts.person(RELEASED).withSafeEmail(), List.of(CHANNEL_EMAIL)),
        arguments(Contacts.person(RELEASED).withSafePostalAddress(), List.of(CHANNEL_LETTER)),
        arguments(Contacts.person(RELEASED).withSafePhone(), List.of(CHANNEL_PHONE_CALL)),
        arguments(Contacts.person(RELEASED).withAttorney(), List.of(CHANNEL_ATTORNEY)),
        arguments(
            Contacts.person(RELEASED).withSafePostalAddress().withAttorney(),
            List.of(CHANNEL_LETTER, CHANNEL_ATTORNEY)),
        arguments(
            Contacts.person(RELEASED).withSafePhone().withSafeEmail(),
            List.of(CHANNEL_EMAIL, CHANNEL_PHONE_CALL)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("released")
  void aReleasedPersonIsTriedByEmailThenLetterThenPhoneWithACopyToTheirAttorney(
      Contacts contacts, List<String> expected) {
    assertThat(channelsFor(contacts)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> removed() {
    return Stream.of(
        arguments(
            Contacts.person(REMOVED).withEveryContactPoint(),
            List.of(CHANNEL_ATTORNEY, CHANNEL_PARTNER_ORGANISATION, CHANNEL_EMAIL)),
        arguments(Contacts.person(REMOVED).withAttorney(), List.of(CHANNEL_ATTORNEY)),
        arguments(
            Contacts.person(REMOVED).withPartnerOrganisation(),
            List.of(CHANNEL_PARTNER_ORGANISATION)),
        arguments(Contacts.person(REMOVED).withSafeEmail(), List.of(CHANNEL_EMAIL)),
        arguments(
            Contacts.person(REMOVED).withSafeEmail().withPartnerOrganisation(),
            List.of(CHANNEL_PARTNER_ORGANISATION, CHANNEL_EMAIL)),
        // a postal address or phone of someone removed is in the home country
        arguments(Contacts.person(REMOVED).withSafePostalAddress().withSafePhone(), List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("removed")
  void aRemovedPersonIsReachedThroughSafeIntermediariesAttorneyFirst(
      Contacts contacts, List<String> expected) {
    assertThat(channelsFor(contacts)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> whereaboutsUnknown() {
    return Stream.of(
        arguments(
            Contacts.person(UNKNOWN).withEveryContactPoint(),
            List.of(CHANNEL_ATTORNEY, CHANNEL_PARTNER_ORGANISATION)),
        arguments(Contacts.person(UNKNOWN).withAttorney(), List.of(CHANNEL_ATTORNEY)),
        arguments(
            Contacts.person(UNKNOWN).withPartnerOrganisation(),
            List.of(CHANNEL_PARTNER_ORGANISATION)),
        arguments(
            Contacts.person(UNKNOWN).withSafeEmail().withSafePostalAddress().withSafePhone(),
            List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("whereaboutsUnknown")
  void aPersonWhoseWhereaboutsAreUnknownIsReachedOnlyThroughTheirAttorneyOrAPartnerOrganisation(
      Contacts contacts, List<String> expected) {
    assertThat(channelsFor(contacts)).containsExactlyElementsOf(expected);
  }

  static Stream<Contacts> noSafeChannelKnown() {
    return Stream.of(
        Contacts.nothingRecorded(),
        Contacts.person(UNKNOWN),
        Contacts.person(RELEASED),
        Contacts.person(REMOVED),
        Contacts.person(null),
        // unrecognised custody statuses never fall through to a channel
        Contacts.person(null).withEveryContactPoint(),
        Contacts.person("").withEveryContactPoint(),
        Contacts.person("released").withEveryContactPoint(),
        Contacts.person("DEPORTED").withEveryContactPoint());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noSafeChannelKnown")
  void withNoSafeChannelKnownTheListIsEmptySoTheCaseGoesToLocating(Contacts contacts) {
    assertThat(channelsFor(contacts)).isEmpty();
  }

  @Test
  void aCallerThatPassesNoInputsAtAllGetsNoChannel() {
    assertThat(
            TABLE
                .evaluate(Map.of())
                .result()
                .<String>collectEntries(NoticeChannelsDecision.OUTPUT_CHANNEL))
        .isEmpty();
  }

  static Stream<Arguments> channelsAllowedByCustodyStatus() {
    return Stream.of(
        arguments(DETAINED, Set.of(CHANNEL_HAND_DELIVERY, CHANNEL_ATTORNEY)),
        arguments(
            RELEASED, Set.of(CHANNEL_EMAIL, CHANNEL_LETTER, CHANNEL_PHONE_CALL, CHANNEL_ATTORNEY)),
        arguments(REMOVED, Set.of(CHANNEL_ATTORNEY, CHANNEL_PARTNER_ORGANISATION, CHANNEL_EMAIL)),
        arguments(UNKNOWN, Set.of(CHANNEL_ATTORNEY, CHANNEL_PARTNER_ORGANISATION)));
  }

  @ParameterizedTest(name = "{0} only ever gets {1}")
  @MethodSource("channelsAllowedByCustodyStatus")
  void noCombinationOfContactPointsGivesAChannelOutsideThoseOfTheCustodyStatus(
      String custodyStatus, Set<String> allowed) {
    for (Contacts contacts : everyCombinationOfContactPoints(custodyStatus)) {
      List<String> channels = channelsFor(contacts);

      assertThat(channels)
          .as("channels for %s", contacts)
          .isSubsetOf(allowed)
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void aDetainedPersonAlwaysGetsHandDeliveryFirst() {
    for (Contacts contacts : everyCombinationOfContactPoints(DETAINED)) {
      assertThat(channelsFor(contacts))
          .as("channels for %s", contacts)
          .first()
          .isEqualTo(CHANNEL_HAND_DELIVERY);
    }
  }

  static Stream<Contacts> languageSamples() {
    return Stream.of(
        Contacts.person(DETAINED).withAttorney(),
        Contacts.person(RELEASED).withEveryContactPoint(),
        Contacts.person(RELEASED).withSafePostalAddress(),
        Contacts.person(REMOVED).withEveryContactPoint(),
        Contacts.person(UNKNOWN).withPartnerOrganisation());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languageSamples")
  void theLanguageDoesNotChangeTheChannels(Contacts contacts) {
    List<String> withoutLanguage = channelsFor(contacts);

    for (String language : List.of("es", "ht", "fr", "pt", "ru", "zh", "ar", "hi", "pa", "tr")) {
      assertThat(channelsFor(contacts.speaking(language)))
          .as("channels in %s", language)
          .containsExactlyElementsOf(withoutLanguage);
    }
  }

  @Test
  void everyRuleOfTheTableAddsAChannelForAtLeastOneTestRow() {
    List<String> coveredRules =
        Stream.of(
                detained(),
                released(),
                removed(),
                whereaboutsUnknown(),
                noSafeChannelKnown().map(contacts -> arguments(contacts, List.of())))
            .flatMap(Function.identity())
            .map(row -> (Contacts) row.get()[0])
            .flatMap(contacts -> TABLE.evaluate(contacts.inputs()).decidingRuleIds().stream())
            .distinct()
            .toList();

    assertThat(coveredRules).hasSameSizeAs(TABLE.ruleIds());
    assertThat(coveredRules).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }
}
