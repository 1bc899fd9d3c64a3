package org.outreach.privacy;

import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * One 256-bit AES key and the short id stored in front of every value it encrypted. The key bytes
 * never leave this package and appear in no {@code toString()}.
 */
public final class DataKey {

  private final String id;
  private final SecretKey key;

  DataKey(String id, SecretKey key) {
    this.id = Objects.requireNonNull(id, "id");
    this.key = Objects.requireNonNull(key, "key");
  }

  public String id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "DataKey[" + id + "]";
  }
}
