package org.outreach.users;

import java.security.SecureRandom;

/**
 * Temporary passwords for resets: 20 characters from an alphabet without look-alikes (no 0/O,
 * 1/l/I), in groups of five for reading out, about 100 bits of randomness.
 */
final class TemporaryPasswords {

  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  static char[] next() {
    char[] password = new char[23];
    int at = 0;
    for (int group = 0; group < 4; group++) {
      if (group > 0) {
        password[at++] = '-';
      }
      for (int i = 0; i < 5; i++) {
        password[at++] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
    }
    return password;
  }
}
