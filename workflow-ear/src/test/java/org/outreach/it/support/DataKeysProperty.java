package org.outreach.it.support;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key configuration of the running server ({@code outreach.data.keys}; the tests run inside the
 * server), changed the way an operator rotates a key: a new key made current beside the old ones.
 * The server uses it after {@code POST /api/admin/data-keys/reload}.
 */
public final class DataKeysProperty {

  public static final String NAME = "outreach.data.keys";

  private DataKeysProperty() {}

  /** A key added and made current; {@link #restoreCurrent()} makes the old one current again. */
  public record Rotation(String previous, String newKeyEntry) {

    /** The configuration before, plus the new key: what it sealed meanwhile stays readable. */
    public void restoreCurrent() {
      System.setProperty(NAME, previous + ";" + newKeyEntry);
    }
  }

  /** Adds a fresh random key {@code newKey} and makes it current instead of {@code oldKey}. */
  public static Rotation rotate(String oldKey, String newKey) {
    byte[] keyBytes = new byte[32];
    new SecureRandom().nextBytes(keyBytes);
    String entry = newKey + "=" + Base64.getEncoder().encodeToString(keyBytes);
    String configuration = System.getProperty(NAME);
    System.setProperty(
        NAME, configuration.replace("current=" + oldKey, "current=" + newKey) + ";" + entry);
    return new Rotation(configuration, entry);
  }
}
