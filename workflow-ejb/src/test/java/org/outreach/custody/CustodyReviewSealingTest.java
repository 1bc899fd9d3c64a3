package org.outreach.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/** A custody review's grounds at rest: sealed and bound to its row, re-sealed by a key rotation. */
class CustodyReviewSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void theGroundsAreSealedUnderTheCurrentKeyAndBoundToTheirRow() {
    UUID id = UUID.randomUUID();
    String sealed = cipher.encrypt("Zqx has a hearing pending", CustodyReview.groundsData(id));
    CustodyReview review = review(id, sealed);

    assertThat(sealed).startsWith("v1:k1:").doesNotContain("Zqx has a hearing pending");
    assertThat(review.keyId()).isEqualTo("k1");
    assertThat(review.grounds(cipher)).isEqualTo("Zqx has a hearing pending");
    assertThatThrownBy(() -> cipher.decrypt(sealed, CustodyReview.groundsData(UUID.randomUUID())))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aRotationReSealsTheGroundsOnceAndTheKeyIdFollows() {
    UUID id = UUID.randomUUID();
    CustodyReview review = review(id, cipher.encrypt("Zqx grounds", CustodyReview.groundsData(id)));
    assertThat(review.reseal(cipher)).as("nothing to do under the current key").isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(review.reseal(cipher)).isTrue();
    assertThat(review.keyId()).isEqualTo("k2");
    assertThat(review.grounds(cipher)).isEqualTo("Zqx grounds");
    assertThat(review.reseal(cipher)).isFalse();
  }

  private static CustodyReview review(UUID id, String sealedGrounds) {
    return new CustodyReview(
        id,
        UUID.randomUUID(),
        "task-1",
        new NewCustodyReview(
            CustodyDecision.DETENTION_CONTINUES, "unused", LocalDate.of(2026, 12, 1)),
        sealedGrounds,
        "sam",
        OffsetDateTime.now());
  }
}
