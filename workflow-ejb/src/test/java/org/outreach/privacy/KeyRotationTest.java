package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.outreach.privacy.DecryptionFailedException.Reason;

/** Adding a key, making it current, re-encrypting, then removing the old one. */
class KeyRotationTest {

  private static final String AAD = FieldCipher.associatedData("Person", "email", "42");

  private final FieldCipher beforeRotation = new FieldCipher(TestKeys.ring(TestKeys.K1_CURRENT));
  private final FieldCipher duringRotation = new FieldCipher(TestKeys.ring(TestKeys.K2_CURRENT));
  private final FieldCipher afterRotation = new FieldCipher(TestKeys.ring(TestKeys.K2_ONLY));

  @Test
  void aValueUnderTheOldKeyStillDecryptsAfterANewKeyBecomesCurrent() {
    String underK1 = beforeRotation.encrypt("maria@example.org", AAD);

    assertThat(duringRotation.decrypt(underK1, AAD)).isEqualTo("maria@example.org");
    assertThat(duringRotation.needsReEncryption(underK1)).isTrue();
  }

  @Test
  void newValuesUseTheNewKeyAndNeedNothing() {
    String underK2 = duringRotation.encrypt("maria@example.org", AAD);

    assertThat(underK2).startsWith("v1:k2:");
    assertThat(duringRotation.needsReEncryption(underK2)).isFalse();
    assertThat(duringRotation.needsReEncryption(null)).isFalse();
  }

  @Test
  void reEncryptionMovesAValueToTheCurrentKeyOnce() {
    String underK1 = beforeRotation.encrypt("maria@example.org", AAD);

    String underK2 = duringRotation.reEncrypt(underK1, AAD);

    assertThat(underK2).startsWith("v1:k2:");
    assertThat(duringRotation.needsReEncryption(underK2)).isFalse();
    assertThat(duringRotation.reEncrypt(underK2, AAD)).isEqualTo(underK2);
    assertThat(duringRotation.reEncrypt(null, AAD)).isNull();
    assertThat(afterRotation.decrypt(underK2, AAD)).isEqualTo("maria@example.org");
  }

  @Test
  void reEncryptionStillChecksWhereTheValueBelongs() {
    String underK1 = beforeRotation.encrypt("maria@example.org", AAD);
    String otherRecord = FieldCipher.associatedData("Person", "email", "43");

    assertThatThrownBy(() -> duringRotation.reEncrypt(underK1, otherRecord))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
  }

  @Test
  void aValueLeftUnderARemovedKeyCannotBeReadAnyMore() {
    String underK1 = beforeRotation.encrypt("maria@example.org", AAD);

    assertThat(afterRotation.needsReEncryption(underK1)).isTrue();
    assertThatThrownBy(() -> afterRotation.decrypt(underK1, AAD))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY))
        .hasMessage("the value's key is not in the key ring (key id k1)");
  }

  @Test
  void aRotationJobIsToldAboutValuesItCannotRead() {
    assertThatThrownBy(() -> duringRotation.needsReEncryption("maria@example.org"))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }
}
