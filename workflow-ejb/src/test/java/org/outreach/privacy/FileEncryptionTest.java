package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.privacy.DecryptionFailedException.Reason;

/** The binary form of {@link FieldCipher}, for whole files such as a scanned receipt. */
class FileEncryptionTest {

  private static final String CONTENT_OF_7 =
      FieldCipher.associatedData("CaseDocument", "content", "7");

  private final FieldCipher cipher = new FieldCipher(TestKeys.ring(TestKeys.K1_CURRENT));

  private static byte[] file(int size) {
    byte[] content = new byte[size];
    new Random(size).nextBytes(content);
    return content;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 15, 16, 17, 4096, 10 * 1024 * 1024})
  void aFileRoundTrips(int size) {
    byte[] content = file(size);

    byte[] stored = cipher.encryptFile(content, CONTENT_OF_7);

    assertThat(cipher.decryptFile(stored, CONTENT_OF_7)).isEqualTo(content);
  }

  @Test
  void aStoredFileNamesItsFormatAndKeyAndCarriesNonceAndTag() {
    byte[] content = file(1000);

    byte[] stored = cipher.encryptFile(content, CONTENT_OF_7);

    assertThat(new String(stored, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("v1:k1:");
    assertThat(stored).hasSize(6 + 12 + content.length + 16);
    assertThat(FieldCipher.keyIdOfFile(stored)).isEqualTo("k1");
  }

  @Test
  void noPartOfTheContentIsLeftInTheStoredForm() {
    byte[] content =
        "Hand-delivery receipt; Reference: MARKER-3F9A1C; signed"
            .repeat(200)
            .getBytes(StandardCharsets.US_ASCII);

    byte[] stored = cipher.encryptFile(content, CONTENT_OF_7);

    String asText = new String(stored, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("MARKER").doesNotContain("receipt");
    assertThat(HexFormat.of().formatHex(stored))
        .doesNotContain(HexFormat.of().formatHex("MARKER".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void twoEncryptionsOfTheSameFileDiffer() {
    byte[] content = file(64);

    assertThat(cipher.encryptFile(content, CONTENT_OF_7))
        .isNotEqualTo(cipher.encryptFile(content, CONTENT_OF_7));
  }

  @Test
  void nullStaysNull() {
    assertThat(cipher.encryptFile(null, CONTENT_OF_7)).isNull();
    assertThat(cipher.decryptFile(null, CONTENT_OF_7)).isNull();
    assertThat(cipher.fileNeedsReEncryption(null)).isFalse();
  }

  @Test
  void aFileCopiedToAnotherDocumentDoesNotDecrypt() {
    byte[] stored = cipher.encryptFile(file(64), CONTENT_OF_7);

    assertThatThrownBy(
            () ->
                cipher.decryptFile(
                    stored, FieldCipher.associatedData("CaseDocument", "content", "8")))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
  }

  @Test
  void aFileIsNotInterchangeableWithAFieldValueOfTheSameBytes() {
    String value = cipher.encrypt("Hernández", CONTENT_OF_7);
    byte[] asFile = value.getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> cipher.decryptFile(asFile, CONTENT_OF_7))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void everyFlippedByteIsDetected() {
    byte[] stored = cipher.encryptFile(file(40), CONTENT_OF_7);

    for (int i = 0; i < stored.length; i++) {
      byte[] tampered = stored.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.decryptFile(tampered, CONTENT_OF_7))
          .as("byte %d flipped", i)
          .isInstanceOf(DecryptionFailedException.class);
    }
  }

  @Test
  void relabellingAFileWithAnotherKeyIdIsDetected() {
    FieldCipher twoKeys = new FieldCipher(TestKeys.ring(TestKeys.K2_CURRENT));
    byte[] stored = twoKeys.encryptFile(file(64), CONTENT_OF_7);
    stored[4] = '1'; // v1:k2: becomes v1:k1:

    assertThatThrownBy(() -> twoKeys.decryptFile(stored, CONTENT_OF_7))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC));
  }

  @Test
  void somethingThatIsNotAStoredFileIsMalformedOrUnsupported() {
    byte[] stored = cipher.encryptFile(file(64), CONTENT_OF_7);
    byte[] laterVersion = stored.clone();
    laterVersion[1] = '2';

    for (byte[] bad :
        new byte[][] {
          new byte[0],
          "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
          "v1:k1:".getBytes(StandardCharsets.US_ASCII),
          Arrays.copyOf(stored, 6 + 27),
          "v1:K1:0123456789012345678901234567".getBytes(StandardCharsets.US_ASCII),
          "v1:abcdefghijklmnopq:0123456789012345678901234567".getBytes(StandardCharsets.US_ASCII)
        }) {
      assertThatThrownBy(() -> cipher.decryptFile(bad, CONTENT_OF_7))
          .isInstanceOfSatisfying(
              DecryptionFailedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
          .hasNoCause();
    }
    assertThatThrownBy(() -> cipher.decryptFile(laterVersion, CONTENT_OF_7))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION));
  }

  @Test
  void aRotationMovesAFileToTheCurrentKeyOnceAndTheOldKeyCanThenGo() {
    FieldCipher before = cipher;
    FieldCipher during = new FieldCipher(TestKeys.ring(TestKeys.K2_CURRENT));
    FieldCipher after = new FieldCipher(TestKeys.ring(TestKeys.K2_ONLY));
    byte[] content = file(5000);
    byte[] underK1 = before.encryptFile(content, CONTENT_OF_7);

    assertThat(during.fileNeedsReEncryption(underK1)).isTrue();
    byte[] underK2 = during.reEncryptFile(underK1, CONTENT_OF_7);

    assertThat(FieldCipher.keyIdOfFile(underK2)).isEqualTo("k2");
    assertThat(during.fileNeedsReEncryption(underK2)).isFalse();
    assertThat(during.reEncryptFile(underK2, CONTENT_OF_7)).isSameAs(underK2);
    assertThat(after.decryptFile(underK2, CONTENT_OF_7)).isEqualTo(content);
    assertThatThrownBy(() -> after.decryptFile(underK1, CONTENT_OF_7))
        .isInstanceOfSatisfying(
            DecryptionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY))
        .hasMessage("the value's key is not in the key ring (key id k1)");
  }
}
