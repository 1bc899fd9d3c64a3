package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.processes.CustodyStatusValues.DETAINED;
import static org.outreach.processes.CustodyStatusValues.RELEASED;
import static org.outreach.processes.CustodyStatusValues.REMOVED;
import static org.outreach.processes.CustodyStatusValues.UNKNOWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CasePriorityDecisionTest {

  private static final DecisionTable TABLE =
      DecisionTable.load(CasePriorityDecision.RESOURCE, CasePriorityDecision.DECISION_KEY);

  /** What the table is told about one person; null stands for a fact nobody has recorded. */
  record Facts(
      String custodyStatus, Boolean removedAfterLeakBeforeNotice, Boolean disclosedToGovernment) {

    Map<String, Object> inputs() {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put(CasePriorityDecision.INPUT_CUSTODY_STATUS, custodyStatus);
      inputs.put(
          CasePriorityDecision.INPUT_REMOVED_AFTER_LEAK_BEFORE_NOTICE,
          removedAfterLeakBeforeNotice);
      inputs.put(CasePriorityDecision.INPUT_DISCLOSED_TO_GOVERNMENT, disclosedToGovernment);
      return inputs;
    }

    @Override
    public String toString() {
      return "custody "
          + custodyStatus
          + ", removed after leak before notice "
          + removedAfterLeakBeforeNotice
          + ", disclosed to a government "
          + disclosedToGovernment;
    }
  }

  /** A priority, its reason, and the rule that must have decided it. */
  record Decided(int priority, String reason, String rule) {}

  private static final Decided REMOVED_AFTER_LEAK_BEFORE_NOTICE =
      new Decided(
          1, "Removed after the leak and before notice", "Rule_RemovedAfterLeakBeforeNotice");
  private static final Decided DISCLOSED_TO_GOVERNMENT =
      new Decided(2, "Data also disclosed to a government", "Rule_DisclosedToGovernment");
  private static final Decided DETAINED_IN_CUSTODY = new Decided(3, "Detained", "Rule_Detained");
  private static final Decided REMOVED_BEFORE_LEAK =
      new Decided(4, "Removed from the country", "Rule_RemovedBeforeLeak");
  private static final Decided RELEASED_INTO_COMMUNITY =
      new Decided(5, "Released", "Rule_Released");
  private static final Decided WHEREABOUTS_UNKNOWN =
      new Decided(5, "Whereabouts unknown", "Rule_WhereaboutsUnknown");
  private static final Decided CUSTODY_STATUS_NOT_RECORDED =
      new Decided(5, "Custody status missing or not recognised", "Rule_CustodyStatusNotRecorded");

  private static Decided decide(Facts facts) {
    DecisionTable.Evaluation evaluation = TABLE.evaluate(facts.inputs());
    DmnDecisionResultEntries result = evaluation.result().getSingleResult();
    assertThat(evaluation.decidingRuleIds()).as("rules deciding %s", facts).hasSize(1);
    return new Decided(
        result.<Integer>getEntry(CasePriorityDecision.OUTPUT_PRIORITY),
        result.getEntry(CasePriorityDecision.OUTPUT_PRIORITY_REASON),
        evaluation.decidingRuleIds().get(0));
  }

  static Stream<Facts> removedAfterTheLeakButBeforeNotice() {
    return Stream.of(
        new Facts(REMOVED, true, false),
        new Facts(REMOVED, true, true),
        // the flag outranks a custody status that is stale or missing
        new Facts(UNKNOWN, true, false),
        new Facts(DETAINED, true, true),
        new Facts(null, true, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("removedAfterTheLeakButBeforeNotice")
  void aPersonRemovedAfterTheLeakButBeforeNoticeComesFirst(Facts facts) {
    assertThat(decide(facts)).isEqualTo(REMOVED_AFTER_LEAK_BEFORE_NOTICE);
  }

  static Stream<Facts> disclosedToAGovernment() {
    return Stream.of(
        new Facts(DETAINED, false, true),
        new Facts(RELEASED, false, true),
        new Facts(REMOVED, false, true),
        new Facts(UNKNOWN, null, true),
        new Facts(null, null, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disclosedToAGovernment")
  void aPersonWhoseDataAlsoReachedAGovernmentComesSecond(Facts facts) {
    assertThat(decide(facts)).isEqualTo(DISCLOSED_TO_GOVERNMENT);
  }

  static Stream<Facts> detained() {
    return Stream.of(
        new Facts(DETAINED, false, false),
        new Facts(DETAINED, null, false),
        new Facts(DETAINED, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detained")
  void aDetainedPersonComesThird(Facts facts) {
    assertThat(decide(facts)).isEqualTo(DETAINED_IN_CUSTODY);
  }

  static Stream<Facts> removedBeforeTheLeakWasFound() {
    return Stream.of(new Facts(REMOVED, false, false), new Facts(REMOVED, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("removedBeforeTheLeakWasFound")
  void aPersonRemovedBeforeTheLeakWasFoundComesFourth(Facts facts) {
    assertThat(decide(facts)).isEqualTo(REMOVED_BEFORE_LEAK);
  }

  static Stream<Facts> released() {
    return Stream.of(new Facts(RELEASED, false, false), new Facts(RELEASED, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("released")
  void aReleasedPersonComesFifth(Facts facts) {
    assertThat(decide(facts)).isEqualTo(RELEASED_INTO_COMMUNITY);
  }

  static Stream<Facts> whereaboutsUnknown() {
    return Stream.of(new Facts(UNKNOWN, false, false), new Facts(UNKNOWN, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("whereaboutsUnknown")
  void aPersonWhoseWhereaboutsAreUnknownRanksWithTheReleasedUnderItsOwnReason(Facts facts) {
    Decided decided = decide(facts);

    assertThat(decided).isEqualTo(WHEREABOUTS_UNKNOWN);
    assertThat(decided.priority()).isEqualTo(RELEASED_INTO_COMMUNITY.priority());
    assertThat(decided.reason()).isNotEqualTo(RELEASED_INTO_COMMUNITY.reason());
  }

  static Stream<Facts> custodyStatusNotRecorded() {
    return Stream.of(
        // nothing known about the person at all
        new Facts(null, null, null),
        new Facts(null, false, false),
        new Facts("", false, false),
        // the values are compared exactly, as the constants spell them
        new Facts("detained", false, false),
        new Facts("DEPORTED", false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("custodyStatusNotRecorded")
  void aMissingOrUnrecognisedCustodyStatusStillGetsAPriorityAndAReasonToCheckTheRecord(
      Facts facts) {
    assertThat(decide(facts)).isEqualTo(CUSTODY_STATUS_NOT_RECORDED);
  }

  @Test
  void aCallerThatPassesNoInputsAtAllStillGetsAPriority() {
    DecisionTable.Evaluation evaluation = TABLE.evaluate(Map.of());

    assertThat(evaluation.decidingRuleIds()).containsExactly(CUSTODY_STATUS_NOT_RECORDED.rule());
    assertThat(
            evaluation
                .result()
                .getSingleResult()
                .<Integer>getEntry(CasePriorityDecision.OUTPUT_PRIORITY))
        .isEqualTo(CUSTODY_STATUS_NOT_RECORDED.priority());
  }

  @Test
  void everyCombinationOfFactsGetsExactlyOneIntegerPriority() {
    List<String> custodyStatuses = new ArrayList<>(CustodyStatusValues.ALL);
    custodyStatuses.add(null);
    custodyStatuses.add("DEPORTED");
    List<Boolean> flags = Arrays.asList(true, false, null);

    for (String custodyStatus : custodyStatuses) {
      for (Boolean removedAfterLeakBeforeNotice : flags) {
        for (Boolean disclosedToGovernment : flags) {
          Facts facts =
              new Facts(custodyStatus, removedAfterLeakBeforeNotice, disclosedToGovernment);
          DmnDecisionResultEntries result =
              TABLE.evaluate(facts.inputs()).result().getSingleResult();

          assertThat(result).as("result for %s", facts).isNotNull();
          assertThat(result.<Object>getEntry(CasePriorityDecision.OUTPUT_PRIORITY))
              .as("priority for %s", facts)
              .isInstanceOf(Integer.class)
              .isIn(1, 2, 3, 4, 5);
          assertThat(result.<String>getEntry(CasePriorityDecision.OUTPUT_PRIORITY_REASON))
              .as("reason for %s", facts)
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void everyRuleOfTheTableIsDecidingForAtLeastOneTestRow() {
    List<String> coveredRules =
        Stream.of(
                removedAfterTheLeakButBeforeNotice(),
                disclosedToAGovernment(),
                detained(),
                removedBeforeTheLeakWasFound(),
                released(),
                whereaboutsUnknown(),
                custodyStatusNotRecorded())
            .flatMap(Function.identity())
            .map(facts -> decide(facts).rule())
            .distinct()
            .toList();

    assertThat(coveredRules).hasSameSizeAs(TABLE.ruleIds());
    assertThat(coveredRules).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }
}
