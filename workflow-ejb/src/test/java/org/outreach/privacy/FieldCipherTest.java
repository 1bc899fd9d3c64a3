package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.privacy.DecryptionFailedException.Reason;

class FieldCipherTest {

  private static final String FAMILY_NAME_OF_42 =
      FieldCipher.associatedData("Person", "familyName", "42");

  private final FieldCipher cipher = new FieldCipher(TestKeys.ring(TestKeys.K1_CURRENT));

  @ParameterizedTest
  @ValueSource(
      strings = {"Hernández Quispe", "", " ", "محمد", "Nguyễn Văn Anh", "12 Calle 5, Zona 1"})
  void aValueRoundTrips(String plaintext) {
    String stored = cipher.encrypt(plaintext, FAMILY_NAME_OF_42);

    assertThat(cipher.decrypt(stored, FAMILY_NAME_OF_42)).isEqualTo(plaintext);
  }

  @Test
  void nullStaysNull() {
    assertThat(cipher.encrypt(null, FAMILY_NAME_OF_42)).isNull();
    assertThat(cipher.decrypt(null, FAMILY_NAME_OF_42)).isNull();
  }

  @Test
  void aStoredValueNamesItsFormatAndKeyAndCarriesNonceAndTag() {
    String plaintext = "Hernández";

    String stored = cipher.encrypt(plaintext, FAMILY_NAME_OF_42);

    assertThat(stored).matches("v1:k1:[A-Za-z0-9+/]+={0,2}");
    byte[] payload = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
    assertThat(payload).hasSize(12 + plaintext.getBytes(StandardCharsets.UTF_8).length + 16);
  }

  @Test
  void twoEncryptionsOfTheSameValueDiffer() {
    Set<String> stored = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      stored.add(cipher.encrypt("Hernández", FAMILY_NAME_OF_42));
    }

    assertThat(stored).hasSize(1_000);
  }

  @Test
  void aValueCopiedToAnotherRecordDoesNotDecrypt() {
    String stored = cipher.encrypt("Hernández", FAMILY_NAME_OF_42);

    assertThatThrownBy(
            () -> cipher.decrypt(stored, FieldCipher.associatedData("Person", "familyName", "43")))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC))
        .hasMessage("the value was altered, or belongs to another field or record");
  }

  @Test
  void aValueCopiedToAnotherFieldDoesNotDecrypt() {
    String stored = cipher.encrypt("Hernández", FAMILY_NAME_OF_42);

    assertThatThrownBy(
            () -> cipher.decrypt(stored, FieldCipher.associatedData("Person", "givenNames", "42")))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
  }

  @Test
  void everyFlippedByteIsDetected() {
    String stored = cipher.encrypt("Hernández", FAMILY_NAME_OF_42);
    byte[] payload = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));

    for (int i = 0; i < payload.length; i++) {
      byte[] tampered = payload.clone();
      tampered[i] ^= 0x01;
      String altered = "v1:k1:" + Base64.getEncoder().encodeToString(tampered);
      assertThatThrownBy(() -> cipher.decrypt(altered, FAMILY_NAME_OF_42))
          .as("byte %d flipped", i)
          .isInstanceOfSatisfying(
              DecryptionFailedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
    }
  }

  @Test
  void relabellingAValueWithAnotherKeyIdIsDetected() {
    FieldCipher twoKeys = new FieldCipher(TestKeys.ring(TestKeys.K2_CURRENT));
    String stored = twoKeys.encrypt("Hernández", FAMILY_NAME_OF_42);

    assertThatThrownBy(() -> twoKeys.decrypt(stored.replace("v1:k2:", "v1:k1:"), FAMILY_NAME_OF_42))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
  }

  @Test
  void aValueUnderAKeyNotInTheRingNamesTheKeyId() {
    String stored = cipher.encrypt("Hernández", FAMILY_NAME_OF_42).replace("v1:k1:", "v1:k9:");

    assertThatThrownBy(() -> cipher.decrypt(stored, FAMILY_NAME_OF_42))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY))
        .hasMessage("the value's key is not in the key ring (key id k9)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Hernández",
        "v1:k1",
        "v1:k1:",
        "v1:k1:not*base64",
        "v1:K1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1::AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "V1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 27 bytes: shorter than nonce and tag
      })
  void somethingThatIsNotAStoredValueIsMalformed(String stored) {
    assertThatThrownBy(() -> cipher.decrypt(stored, FAMILY_NAME_OF_42))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
        .hasMessage("not a stored value: expected v1:<key id>:<base64>")
        .hasNoCause();
  }

  @Test
  void aLaterFormatVersionIsReportedAsUnsupported() {
    String stored = cipher.encrypt("Hernández", FAMILY_NAME_OF_42).replace("v1:", "v2:");

    assertThatThrownBy(() -> cipher.decrypt(stored, FAMILY_NAME_OF_42))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION))
        .hasMessage("the value's format version is not supported");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void associatedDataIsRequired(String aad) {
    assertThatThrownBy(() -> cipher.encrypt("Hernández", aad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aad: required, so a value cannot be moved to another field or record");
    assertThatThrownBy(() -> cipher.decrypt("v1:k1:AAAA", aad))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void associatedDataNamesEntityFieldAndRecord() {
    assertThat(FieldCipher.associatedData("Person", "familyName", "42"))
        .isEqualTo("Person:familyName:42");
    assertThat(FieldCipher.associatedData("Person", "email", "3f0c:9a"))
        .isEqualTo("Person:email:3f0c:9a");
  }

  @Test
  void associatedDataRefusesPartsThatWouldMakeItAmbiguous() {
    assertThatThrownBy(() -> FieldCipher.associatedData("Person:x", "familyName", "42"))
        .hasMessage("entity: a Java name of at most 64 characters");
    assertThatThrownBy(() -> FieldCipher.associatedData("Person", "family:Name", "42"))
        .hasMessage("field: a Java name of at most 64 characters");
    assertThatThrownBy(() -> FieldCipher.associatedData("Person", "familyName", " "))
        .hasMessage("recordId: required, so a value cannot be moved to another record");
  }
}
