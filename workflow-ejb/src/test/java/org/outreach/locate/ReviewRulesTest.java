package org.outreach.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.outreach.locate.InvalidReviewException.Field;
import org.outreach.locate.InvalidReviewException.Rule;

class ReviewRulesTest {

  @Test
  void eitherDecisionIsTakenWithItsReasonStripped() {
    assertThat(ReviewRules.check(new NewReview(ReviewDecision.UNREACHABLE, "  five channels\n")))
        .isEqualTo("five channels");
    assertThat(ReviewRules.check(new NewReview(ReviewDecision.CONTINUE_SEARCH, "a new lead")))
        .isEqualTo("a new lead");
  }

  @Test
  void theDecisionComesFirst() {
    refused(null, Field.DECISION, Rule.REQUIRED);
    refused(new NewReview(null, null), Field.DECISION, Rule.REQUIRED);
    refused(new NewReview(null, "a reason"), Field.DECISION, Rule.REQUIRED);
  }

  @Test
  void bothDecisionsNeedAReason() {
    for (ReviewDecision decision : ReviewDecision.values()) {
      refused(new NewReview(decision, null), Field.REASON, Rule.REQUIRED);
      refused(new NewReview(decision, ""), Field.REASON, Rule.REQUIRED);
      refused(new NewReview(decision, " \n\t "), Field.REASON, Rule.REQUIRED);
    }
  }

  @Test
  void aReasonHoldsAtMostTwoThousandCharactersOnceStripped() {
    String longest = "x".repeat(ReviewRules.REASON_MAX_LENGTH);
    assertThat(ReviewRules.check(new NewReview(ReviewDecision.UNREACHABLE, " " + longest + " ")))
        .isEqualTo(longest);
    refused(new NewReview(ReviewDecision.UNREACHABLE, longest + "y"), Field.REASON, Rule.TOO_LONG);
  }

  @Test
  void theDecisionsAreTheReviewTasksOutcomes() {
    assertThat(ReviewDecision.CONTINUE_SEARCH.processValue())
        .isEqualTo(org.outreach.processes.LocatePersonProcess.DILIGENT_EFFORT_CONTINUE_SEARCH);
    assertThat(ReviewDecision.UNREACHABLE.processValue())
        .isEqualTo(org.outreach.processes.LocatePersonProcess.DILIGENT_EFFORT_UNREACHABLE);
    assertThat(
            org.outreach.processes.TaskOutcomes.of(
                    org.outreach.processes.LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT)
                .orElseThrow()
                .values())
        .containsExactlyInAnyOrder(
            ReviewDecision.CONTINUE_SEARCH.processValue(),
            ReviewDecision.UNREACHABLE.processValue());
  }

  @Test
  void neitherTheMessageNorTheReviewShowsTheReason() {
    assertThatThrownBy(
            () ->
                ReviewRules.check(
                    new NewReview(ReviewDecision.UNREACHABLE, "Secret " + "z".repeat(2001))))
        .hasMessage("reason: at most 2000 characters")
        .hasMessageNotContaining("Secret");
    assertThat(new NewReview(ReviewDecision.UNREACHABLE, "Secret reason").toString())
        .doesNotContain("Secret");
  }

  private static void refused(NewReview review, Field field, Rule rule) {
    assertThatThrownBy(() -> ReviewRules.check(review))
        .isInstanceOfSatisfying(
            InvalidReviewException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
