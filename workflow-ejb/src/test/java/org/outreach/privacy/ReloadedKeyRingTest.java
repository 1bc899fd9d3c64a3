package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A cipher and an index built on a ring supplier follow a reloaded ring at once. */
class ReloadedKeyRingTest {

  private static final String AAD = FieldCipher.associatedData("Person", "email", "42");

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(TestKeys.ring(TestKeys.K1_CURRENT));
  private final FieldCipher cipher = new FieldCipher(ring::get);
  private final BlindIndex index = new BlindIndex(ring::get);

  @Test
  void valuesWrittenAfterAReloadUseTheNewCurrentKeyAndOldValuesStillDecrypt() {
    String before = cipher.encrypt("maria@example.org", AAD);

    ring.set(TestKeys.ring(TestKeys.K2_CURRENT));

    String after = cipher.encrypt("maria@example.org", AAD);
    assertThat(before).startsWith("v1:k1:");
    assertThat(after).startsWith("v1:k2:");
    assertThat(cipher.decrypt(before, AAD)).isEqualTo("maria@example.org");
    assertThat(cipher.needsReEncryption(before)).isTrue();
    assertThat(cipher.reEncrypt(before, AAD)).startsWith("v1:k2:");
  }

  @Test
  void theBlindIndexIsTheSameAcrossAReloadThatKeepsTheIndexKey() {
    String before = index.aNumber("A123456789");

    ring.set(TestKeys.ring(TestKeys.K2_CURRENT));

    assertThat(index.aNumber("123-456-789")).isEqualTo(before);
  }

  @Test
  void aRingKnowsWhetherAnotherHasTheSameIndexKey() {
    KeyRing k1 = TestKeys.ring(TestKeys.K1_CURRENT);

    assertThat(k1.sameIndexKey(TestKeys.ring(TestKeys.K2_ONLY))).isTrue();
    assertThat(
            k1.sameIndexKey(
                TestKeys.ring("current=k1;k1=" + TestKeys.K1 + ";index=" + TestKeys.OTHER_INDEX)))
        .isFalse();
  }
}
