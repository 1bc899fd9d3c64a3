package org.outreach.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The most common passwords, shipped with the application ({@code common-passwords.txt} beside this
 * class, its licence with it): a password equal to one of them, ignoring case, is refused whatever
 * its length. Read once, on the first check. The password asked about is compared as characters,
 * never made into a string, and the lower-cased copy is wiped.
 */
final class CommonPasswords {

  private static final String LIST = "common-passwords.txt";

  private CommonPasswords() {}

  /** Whether {@code password} is on the list, ignoring case. */
  static boolean isCommon(char[] password) {
    char[] lower = new char[password.length];
    try {
      for (int i = 0; i < password.length; i++) {
        lower[i] = Character.toLowerCase(password[i]);
      }
      return Listed.PASSWORDS.contains(CharBuffer.wrap(lower));
    } finally {
      Arrays.fill(lower, '\0');
    }
  }

  /** How many passwords the list holds. */
  static int size() {
    return Listed.PASSWORDS.size();
  }

  /** The list, read when first asked for. */
  private static final class Listed {
    static final Set<CharBuffer> PASSWORDS = read();

    private static Set<CharBuffer> read() {
      Set<CharBuffer> passwords = new HashSet<>(65_536);
      try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
        if (in == null) {
          throw new IllegalStateException("The list of common passwords is missing: " + LIST);
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isEmpty() && !line.startsWith("# ")) {
            passwords.add(CharBuffer.wrap(line.toLowerCase(java.util.Locale.ROOT)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("The list of common passwords could not be read", e);
      }
      return Set.copyOf(passwords);
    }
  }
}
