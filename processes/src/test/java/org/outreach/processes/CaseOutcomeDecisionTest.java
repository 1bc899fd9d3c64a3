package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseOutcomeDecisionTest {

  private static final DecisionTable TABLE =
      DecisionTable.load(CaseOutcomeDecision.RESOURCE, CaseOutcomeDecision.DECISION_KEY);

  private static final String RELEASE = CustodyReviewProcess.REVIEW_RELEASE_REQUESTED;
  private static final String DETAIN = CustodyReviewProcess.REVIEW_DETENTION_CONTINUES;
  private static final String ACCEPTED = CourtAccessProcess.CONSULTATION_ACCEPTED;
  private static final String DECLINED = CourtAccessProcess.CONSULTATION_DECLINED;
  private static final String WISHES = ReturnTravelProcess.RETURN_WISHES_TO_RETURN;
  private static final String STAYS = ReturnTravelProcess.RETURN_STAYS;
  private static final String ARRIVED = ReturnTravelProcess.ARRIVAL_ARRIVED;
  private static final String DID_NOT_TRAVEL = ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL;

  /** custody review, consultation, return wish, arrival -> outcome; null = not recorded. */
  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(null, DECLINED, WISHES, ARRIVED, CaseOutcomeValues.RETURNED),
        arguments(null, ACCEPTED, WISHES, ARRIVED, CaseOutcomeValues.RETURNED),
        arguments(RELEASE, ACCEPTED, null, null, CaseOutcomeValues.RELEASED),
        arguments(RELEASE, DECLINED, null, null, CaseOutcomeValues.RELEASED),
        arguments(DETAIN, ACCEPTED, null, null, CaseOutcomeValues.LEGAL_HELP_TAKEN),
        arguments(null, ACCEPTED, null, null, CaseOutcomeValues.LEGAL_HELP_TAKEN),
        arguments(null, ACCEPTED, WISHES, DID_NOT_TRAVEL, CaseOutcomeValues.LEGAL_HELP_TAKEN),
        arguments(null, DECLINED, null, null, CaseOutcomeValues.DECLINED),
        arguments(DETAIN, DECLINED, null, null, CaseOutcomeValues.DECLINED),
        arguments(null, DECLINED, STAYS, null, CaseOutcomeValues.DECLINED),
        arguments(null, DECLINED, WISHES, DID_NOT_TRAVEL, CaseOutcomeValues.NOTIFIED_ACKNOWLEDGED),
        arguments(null, null, null, null, CaseOutcomeValues.NOTIFIED_ACKNOWLEDGED));
  }

  private static Map<String, Object> inputs(
      String review, String consultation, String wish, String arrival) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(CaseOutcomeDecision.INPUT_CUSTODY_REVIEW_OUTCOME, review);
    inputs.put(CaseOutcomeDecision.INPUT_CONSULTATION_OUTCOME, consultation);
    inputs.put(CaseOutcomeDecision.INPUT_RETURN_WISH, wish);
    inputs.put(CaseOutcomeDecision.INPUT_ARRIVAL_OUTCOME, arrival);
    return inputs;
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3} -> {4}")
  @MethodSource("rows")
  void theFollowUpDecidesTheOutcome(
      String review, String consultation, String wish, String arrival, String expected) {
    assertThat(
            TABLE
                .evaluate(inputs(review, consultation, wish, arrival))
                .result()
                .getSingleResult()
                .<String>getEntry(CaseOutcomeDecision.OUTPUT_OUTCOME))
        .isEqualTo(expected);
  }

  @Test
  void everyOutcomeButUnreachableCanBeDecidedAndEveryRuleIsCovered() {
    List<String[]> table =
        rows()
            .map(row -> Stream.of(row.get()).map(v -> (String) v).toArray(String[]::new))
            .toList();

    assertThat(table.stream().map(row -> row[4]).distinct())
        .containsExactlyInAnyOrderElementsOf(
            CaseOutcomeValues.ALL.stream()
                .filter(outcome -> !outcome.equals(CaseOutcomeValues.UNREACHABLE))
                .toList());
    assertThat(
            table.stream()
                .flatMap(
                    row ->
                        TABLE
                            .evaluate(inputs(row[0], row[1], row[2], row[3]))
                            .decidingRuleIds()
                            .stream())
                .distinct())
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }
}
