package org.outreach.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/** An attempt to stop a removal at rest: sealed, bound to its row, re-sealed by a key rotation. */
class RemovalStopSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void whoWasReachedAndTheNoteAreSealedAndBoundToTheirRowAndField() {
    UUID id = UUID.randomUUID();
    String reached = cipher.encrypt("Officer Zqx", RemovalStop.reachedData(id));
    String note = cipher.encrypt("Zqx said no", RemovalStop.noteData(id));
    RemovalStop stop = stop(id, reached, note, false);

    assertThat(reached).startsWith("v1:k1:").doesNotContain("Officer Zqx");
    assertThat(note).startsWith("v1:k1:").doesNotContain("Zqx said no");
    StopAttempt view = stop.view(cipher);
    assertThat(view.reached()).isEqualTo("Officer Zqx");
    assertThat(view.note()).isEqualTo("Zqx said no");
    assertThat(view.stopped()).isFalse();
    assertThat(view.toString()).doesNotContain("Zqx");
    assertThatThrownBy(() -> cipher.decrypt(reached, RemovalStop.noteData(id)))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> cipher.decrypt(note, RemovalStop.noteData(UUID.randomUUID())))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aRotationReSealsBothValuesOnceAndAMissingNoteStaysMissing() {
    UUID id = UUID.randomUUID();
    RemovalStop stop =
        stop(id, cipher.encrypt("Office Zqx", RemovalStop.reachedData(id)), null, true);
    assertThat(stop.reseal(cipher)).isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(stop.reseal(cipher)).isTrue();
    assertThat(stop.view(cipher).reached()).isEqualTo("Office Zqx");
    assertThat(stop.view(cipher).note()).isNull();
    assertThat(stop.reseal(cipher)).isFalse();
  }

  private static RemovalStop stop(UUID id, String reached, String note, boolean stopped) {
    return new RemovalStop(
        id,
        UUID.randomUUID(),
        "task-1",
        new NewRemovalStop("unused", StopChannel.PHONE, OffsetDateTime.now(), stopped, "unused"),
        reached,
        note,
        "sam",
        OffsetDateTime.now());
  }
}
