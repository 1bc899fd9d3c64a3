package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.outreach.privacy.TestKeys.INDEX;
import static org.outreach.privacy.TestKeys.K1;
import static org.outreach.privacy.TestKeys.K2;
import static org.outreach.privacy.TestKeys.assertRevealsNone;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Whatever fails, the text that could reach a log line (message, stack trace, toString) holds no
 * plaintext, no stored value and no key. Distinctive markers make a leak impossible to miss.
 */
class SecretsStayOutOfMessagesTest {

  private static final String PLAINTEXT = "Xochiquetzal-Marker-Onofre-4471";
  private static final String AAD = FieldCipher.associatedData("Person", "familyName", "42");
  private static final String OTHER_AAD = FieldCipher.associatedData("Person", "familyName", "43");

  private final KeyRing ring = TestKeys.ring(TestKeys.K2_CURRENT);
  private final FieldCipher cipher = new FieldCipher(ring);
  private final String stored = cipher.encrypt(PLAINTEXT, AAD);
  private final String payload = stored.substring("v1:k2:".length());

  @Test
  void decryptionFailuresRevealNeitherValueNorKey() {
    byte[] tampered = Base64.getDecoder().decode(payload);
    tampered[20] ^= 0x40;
    List<Throwable> failures = new ArrayList<>();
    failures.add(failure(() -> cipher.decrypt(stored, OTHER_AAD)));
    failures.add(
        failure(
            () -> cipher.decrypt("v1:k2:" + Base64.getEncoder().encodeToString(tampered), AAD)));
    failures.add(failure(() -> cipher.decrypt(stored.replace("v1:k2:", "v1:k7:"), AAD)));
    failures.add(failure(() -> cipher.decrypt(stored.replace("v1:k2:", "v9:k2:"), AAD)));
    failures.add(failure(() -> cipher.decrypt(stored + "%", AAD)));
    failures.add(failure(() -> cipher.decrypt(PLAINTEXT, AAD)));
    failures.add(failure(() -> cipher.decrypt("v1:" + PLAINTEXT + ":" + payload, AAD)));
    failures.add(failure(() -> cipher.needsReEncryption("v1:k2:" + PLAINTEXT)));

    assertThat(failures).hasSize(8).allMatch(DecryptionFailedException.class::isInstance);
    for (Throwable failure : failures) {
      assertRevealsNone(TestKeys.printed(failure), PLAINTEXT, payload, K1, K2, INDEX);
    }
  }

  @Test
  void keyConfigurationFailuresRevealNoKey() {
    String marker = "Zq9Marker8Ke7Material6Xw5";
    List<Throwable> failures =
        List.of(
            failure(() -> KeyRing.parse("current=k1;k1=" + marker + ";index=" + INDEX)),
            failure(() -> KeyRing.parse("current=k1;k1=" + K1 + "%;index=" + INDEX)),
            failure(() -> KeyRing.parse("current=k1;k1" + K1 + ";index=" + INDEX)),
            failure(() -> KeyRing.parse("current=" + marker + ";k1=" + K1 + ";index=" + INDEX)),
            failure(() -> KeyRing.parse(marker + "=" + K1 + ";current=k1;index=" + INDEX)),
            failure(() -> KeyRing.parse("current=k1;k1=" + K1 + ";index=" + K1)),
            failure(
                () ->
                    new KeyRingSource(
                            name -> null, name -> "current=k1;k1=" + marker + ";index=" + INDEX)
                        .load()));

    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(KeyConfigurationException.class);
      assertRevealsNone(TestKeys.printed(failure), marker, K1, INDEX);
    }
  }

  @Test
  void refusedLookupValuesAreNotEchoed() {
    String aNumber = "A-987-654-321-MARKER";
    String date = "31/12/1987-MARKER";

    assertRevealsNone(
        TestKeys.printed(failure(() -> new BlindIndex(ring).aNumber(aNumber))), aNumber);
    assertRevealsNone(TestKeys.printed(failure(() -> LookupNormalisation.dateOfBirth(date))), date);
  }

  @Test
  void noToStringShowsKeyMaterialOrValues() {
    String shown =
        String.join(
            " ",
            ring.toString(),
            ring.current().toString(),
            ring.current().secretKey().toString(),
            ring.indexKey().toString(),
            cipher.toString(),
            new BlindIndex(ring).toString());

    assertRevealsNone(shown, PLAINTEXT, payload, K1, K2, INDEX);
  }

  private static Throwable failure(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isNotNull();
    return thrown;
  }
}
