package org.outreach.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.outreach.custody.InvalidCustodyReviewException.Field;
import org.outreach.custody.InvalidCustodyReviewException.Rule;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.TaskOutcomes;

class CustodyReviewRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Instant TASK_OPENED = NOW.minusDays(3).toInstant();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void aReviewNeedsItsDecisionItsDayAndItsGrounds() {
    assertThat(check(review(CustodyDecision.RELEASE_REQUESTED, " Zqx grounds \n", TODAY)))
        .isEqualTo("Zqx grounds");
    refused(review(null, "grounds", TODAY), Field.DECISION, Rule.REQUIRED);
    refused(null, Field.DECISION, Rule.REQUIRED);
    refused(
        review(CustodyDecision.DETENTION_CONTINUES, "grounds", null),
        Field.DECIDED_ON,
        Rule.REQUIRED);
    refused(review(CustodyDecision.DETENTION_CONTINUES, null, TODAY), Field.GROUNDS, Rule.REQUIRED);
    refused(
        review(CustodyDecision.TRANSFER_REQUESTED, " \t\n ", TODAY), Field.GROUNDS, Rule.REQUIRED);
  }

  @Test
  void groundsAreRequiredForEveryDecision() {
    for (CustodyDecision decision : CustodyDecision.values()) {
      refused(review(decision, "", TODAY), Field.GROUNDS, Rule.REQUIRED);
      assertThat(check(review(decision, "why", TODAY))).isEqualTo("why");
    }
  }

  @Test
  void theGroundsHoldAtMost2000CharactersOnceStripped() {
    assertThat(
            check(review(CustodyDecision.RELEASE_REQUESTED, "  " + "x".repeat(2000) + "  ", TODAY)))
        .hasSize(2000);
    refused(
        review(CustodyDecision.RELEASE_REQUESTED, "x".repeat(2001), TODAY),
        Field.GROUNDS,
        Rule.TOO_LONG);
  }

  @Test
  void theDayIsNeitherInTheFutureNorBeforeTheTaskWhereverTheReaderIs() {
    // 10:00 UTC: already the next day from UTC+14 on, not the day after
    check(review(CustodyDecision.RELEASE_REQUESTED, "g", TODAY.plusDays(1)));
    refused(
        review(CustodyDecision.RELEASE_REQUESTED, "g", TODAY.plusDays(2)),
        Field.DECIDED_ON,
        Rule.IN_THE_FUTURE);
    // the task opened on 29 November at 10:00 UTC: still the 28th in UTC-12, never the 27th
    check(review(CustodyDecision.RELEASE_REQUESTED, "g", LocalDate.of(2026, 11, 28)));
    refused(
        review(CustodyDecision.RELEASE_REQUESTED, "g", LocalDate.of(2026, 11, 27)),
        Field.DECIDED_ON,
        Rule.BEFORE_THE_TASK);
    assertThat(
            CustodyReviewRules.check(
                review(CustodyDecision.RELEASE_REQUESTED, "g", LocalDate.of(2020, 1, 1)),
                null,
                NOW))
        .as("a task whose opening is unknown bounds nothing")
        .isEqualTo("g");
  }

  @Test
  void theDecisionsAreTheReviewTasksOutcomes() {
    TaskOutcomes.Outcome outcome =
        TaskOutcomes.of(CustodyReviewProcess.TASK_REVIEW_CUSTODY).orElseThrow();
    assertThat(outcome.variable()).isEqualTo(ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME);
    assertThat(Arrays.stream(CustodyDecision.values()).map(CustodyDecision::processValue))
        .containsExactlyInAnyOrderElementsOf(outcome.values());
  }

  @Test
  void nothingOfTheGroundsIsInAMessageOrADescription() {
    NewCustodyReview review = review(CustodyDecision.RELEASE_REQUESTED, "Zqxsecret", TODAY);
    assertThat(review.toString()).doesNotContain("Zqxsecret");
    assertThatThrownBy(
            () -> check(review(CustodyDecision.RELEASE_REQUESTED, "Zqxsecret".repeat(300), TODAY)))
        .hasMessage("grounds: too long")
        .hasMessageNotContaining("Zqxsecret");
  }

  private static NewCustodyReview review(CustodyDecision decision, String grounds, LocalDate day) {
    return new NewCustodyReview(decision, grounds, day);
  }

  private static String check(NewCustodyReview review) {
    return CustodyReviewRules.check(review, TASK_OPENED, NOW);
  }

  @Test
  void aReleaseIsOnADayNeitherInTheFutureNorBeforeTheReview() {
    OffsetDateTime now = OffsetDateTime.of(2026, 6, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    LocalDate reviewed = LocalDate.of(2026, 6, 1);
    assertThatThrownBy(() -> CustodyReviewRules.checkRelease(null, reviewed, now))
        .isInstanceOfSatisfying(
            InvalidCustodyReleaseException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidCustodyReleaseException.Rule.REQUIRED));
    // tomorrow has begun somewhere east of UTC at noon; the day after has not
    CustodyReviewRules.checkRelease(LocalDate.of(2026, 6, 11), reviewed, now);
    assertThatThrownBy(
            () -> CustodyReviewRules.checkRelease(LocalDate.of(2026, 6, 12), reviewed, now))
        .isInstanceOfSatisfying(
            InvalidCustodyReleaseException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidCustodyReleaseException.Rule.IN_THE_FUTURE));
    CustodyReviewRules.checkRelease(reviewed, reviewed, now);
    assertThatThrownBy(() -> CustodyReviewRules.checkRelease(reviewed.minusDays(1), reviewed, now))
        .isInstanceOfSatisfying(
            InvalidCustodyReleaseException.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(InvalidCustodyReleaseException.Rule.BEFORE_THE_REVIEW));
    assertThat(new InvalidCustodyReleaseException(InvalidCustodyReleaseException.Rule.NOT_REVIEWED))
        .hasMessage("released on: not reviewed");
  }

  private static void refused(NewCustodyReview review, Field field, Rule rule) {
    assertThatThrownBy(() -> check(review))
        .isInstanceOfSatisfying(
            InvalidCustodyReviewException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
