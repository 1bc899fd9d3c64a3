package org.outreach.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/** A review's reason at rest: sealed and bound to its row, re-sealed by a key rotation. */
class DiligentEffortReviewSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void theReasonIsSealedUnderTheCurrentKeyAndBoundToItsRow() {
    UUID id = UUID.randomUUID();
    DiligentEffortReview review = review(id, "Zqx moved to a shelter");

    assertThat(review.sealedReason()).startsWith("v1:k1:").doesNotContain("Zqx moved");
    assertThat(review.keyId()).isEqualTo("k1");
    assertThat(review.reason(cipher)).isEqualTo("Zqx moved to a shelter");
    assertThatThrownBy(
            () ->
                cipher.decrypt(
                    review.sealedReason(), DiligentEffortReview.reasonData(UUID.randomUUID())))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aRotationReSealsTheReasonOnceAndTheKeyIdFollows() {
    UUID id = UUID.randomUUID();
    DiligentEffortReview review = review(id, "Zqx reason");
    assertThat(review.reseal(cipher)).as("nothing to do under the current key").isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(review.reseal(cipher)).isTrue();
    assertThat(review.sealedReason()).startsWith("v1:k2:");
    assertThat(review.keyId()).isEqualTo("k2");
    assertThat(review.reason(cipher)).isEqualTo("Zqx reason");
    assertThat(review.reseal(cipher)).isFalse();
  }

  private DiligentEffortReview review(UUID id, String reason) {
    return new DiligentEffortReview(
        id,
        UUID.randomUUID(),
        "task-1",
        ReviewDecision.UNREACHABLE,
        cipher.encrypt(reason, DiligentEffortReview.reasonData(id)),
        5,
        "sam",
        OffsetDateTime.now());
  }
}
