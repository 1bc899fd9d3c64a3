package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Base64;
import java.util.Random;

/** Fixed, distinctive keys for tests, and the check that a text gives none of a secret away. */
final class TestKeys {

  static final String K1 = base64Key(1);
  static final String K2 = base64Key(2);
  static final String K3 = base64Key(3);
  static final String INDEX = base64Key(100);
  static final String OTHER_INDEX = base64Key(101);

  /** k1 current, as before a rotation. */
  static final String K1_CURRENT = "current=k1;k1=" + K1 + ";index=" + INDEX;

  /** k2 current, k1 still present, as during a rotation. */
  static final String K2_CURRENT = "current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX;

  /** k2 alone, as after a rotation. */
  static final String K2_ONLY = "current=k2;k2=" + K2 + ";index=" + INDEX;

  private static final int WINDOW = 8;

  private TestKeys() {}

  static String base64Key(int seed) {
    return base64OfLength(seed, KeyRing.KEY_BYTES);
  }

  static String base64OfLength(int seed, int length) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  static KeyRing ring(String configuration) {
    return KeyRing.parse(configuration);
  }

  /** Everything a log line could show of a throwable: its stack trace, causes and suppressed. */
  static String printed(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** Asserts the text holds no run of eight or more characters of any secret. */
  static void assertRevealsNone(String text, String... secrets) {
    for (String secret : secrets) {
      assertThat(secret).hasSizeGreaterThanOrEqualTo(WINDOW);
      for (int i = 0; i + WINDOW <= secret.length(); i++) {
        assertThat(text)
            .as("text must not contain part of a secret")
            .doesNotContain(secret.substring(i, i + WINDOW));
      }
    }
  }
}
