package org.outreach.privacy;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys (AES-256, one of them current) and the blind-index key (HMAC-SHA-256), parsed from
 * one configuration string:
 *
 * <pre>current=k2;k1=&lt;base64&gt;;k2=&lt;base64&gt;;index=&lt;base64&gt;</pre>
 *
 * <p>Entries are {@code name=value}, separated by {@code ;}, in any order; whitespace around an
 * entry and empty entries are ignored. {@code current} names the key new values are encrypted with;
 * {@code index} is the blind-index key; every other name is a key id: a lower-case letter followed
 * by up to 15 lower-case letters or digits. Key values are 32 bytes in standard base64 (for example
 * {@code openssl rand -base64 32}).
 *
 * <p>Data keys rotate: old keys stay in the ring until no value uses them. The blind-index key does
 * not: every stored index was computed with it, so replacing it means recomputing every index from
 * the decrypted values, and lookups miss until that is done.
 */
public final class KeyRing {

  static final int KEY_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[a-z][a-z0-9]{0,15}");
  private static final String CURRENT = "current";
  private static final String INDEX = "index";

  private final Map<String, DataKey> dataKeys;
  private final DataKey current;
  private final SecretKey indexKey;

  private KeyRing(Map<String, DataKey> dataKeys, DataKey current, SecretKey indexKey) {
    this.dataKeys = Collections.unmodifiableMap(dataKeys);
    this.current = current;
    this.indexKey = indexKey;
  }

  /**
   * Parses a configuration string in the format described above.
   *
   * @throws KeyConfigurationException naming what is wrong, never a key's value
   */
  public static KeyRing parse(String configuration) {
    if (configuration == null || configuration.isBlank()) {
      throw new KeyConfigurationException("no key configuration given");
    }
    String currentId = null;
    byte[] indexBytes = null;
    Map<String, byte[]> keyBytes = new LinkedHashMap<>();
    String[] entries = configuration.split(";", -1);
    try {
      for (int i = 0; i < entries.length; i++) {
        String entry = entries[i].strip();
        if (entry.isEmpty()) {
          continue;
        }
        int position = i + 1;
        int equals = entry.indexOf('=');
        if (equals < 0) {
          throw new KeyConfigurationException("entry " + position + " is not name=value");
        }
        String name = entry.substring(0, equals).strip();
        String value = entry.substring(equals + 1).strip();
        if (!KEY_ID.matcher(name).matches()) {
          throw new KeyConfigurationException(
              "entry "
                  + position
                  + ": the name must be 'current', 'index' or a key id"
                  + " (a lower-case letter, then up to 15 lower-case letters or digits)");
        }
        boolean seen =
            switch (name) {
              case CURRENT -> currentId != null;
              case INDEX -> indexBytes != null;
              default -> keyBytes.containsKey(name);
            };
        if (seen) {
          throw new KeyConfigurationException(name + " is given more than once");
        }
        if (name.equals(CURRENT)) {
          if (!KEY_ID.matcher(value).matches() || value.equals(INDEX) || value.equals(CURRENT)) {
            throw new KeyConfigurationException("current must name a key id");
          }
          currentId = value;
        } else if (name.equals(INDEX)) {
          indexBytes = decodeKey(INDEX, value);
        } else {
          keyBytes.put(name, decodeKey("key " + name, value));
        }
      }
      if (currentId == null) {
        throw new KeyConfigurationException(
            "current is missing: it names the key new values are encrypted with");
      }
      if (!keyBytes.containsKey(currentId)) {
        throw new KeyConfigurationException(
            "current names "
                + currentId
                + ", which is not among the keys "
                + (keyBytes.isEmpty() ? "(none given)" : keyBytes.keySet().toString()));
      }
      if (indexBytes == null) {
        throw new KeyConfigurationException("index is missing: the blind-index key is required");
      }
      for (Map.Entry<String, byte[]> key : keyBytes.entrySet()) {
        if (MessageDigest.isEqual(key.getValue(), indexBytes)) {
          throw new KeyConfigurationException(
              "index must differ from every data key, but equals key " + key.getKey());
        }
      }
      Map<String, DataKey> dataKeys = new LinkedHashMap<>();
      keyBytes.forEach(
          (id, bytes) -> dataKeys.put(id, new DataKey(id, new SecretKeySpec(bytes, "AES"))));
      return new KeyRing(
          dataKeys, dataKeys.get(currentId), new SecretKeySpec(indexBytes, "HmacSHA256"));
    } finally {
      // SecretKeySpec keeps its own copy; these need not outlive parsing.
      keyBytes.values().forEach(bytes -> Arrays.fill(bytes, (byte) 0));
      if (indexBytes != null) {
        Arrays.fill(indexBytes, (byte) 0);
      }
    }
  }

  private static byte[] decodeKey(String what, String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character: not chained on purpose.
      throw new KeyConfigurationException(what + " is not valid base64 (standard alphabet)");
    }
    if (bytes.length != KEY_BYTES) {
      int length = bytes.length;
      Arrays.fill(bytes, (byte) 0);
      throw new KeyConfigurationException(
          what
              + " must be "
              + KEY_BYTES
              + " bytes ("
              + KEY_BYTES * 8
              + " bits) once decoded, not "
              + length);
    }
    return bytes;
  }

  /** The key new values are encrypted with. */
  public DataKey current() {
    return current;
  }

  /** The key with this id, if the ring still holds it. */
  public Optional<DataKey> dataKey(String id) {
    return Optional.ofNullable(dataKeys.get(id));
  }

  /** The ids of all data keys, in configuration order. */
  public Set<String> keyIds() {
    return dataKeys.keySet();
  }

  static boolean isKeyId(String candidate) {
    return KEY_ID.matcher(candidate).matches();
  }

  /**
   * Whether {@code other} has the same blind-index key: a reloaded ring must, because every stored
   * index was computed with it.
   */
  public boolean sameIndexKey(KeyRing other) {
    return MessageDigest.isEqual(indexKey.getEncoded(), other.indexKey.getEncoded());
  }

  SecretKey indexKey() {
    return indexKey;
  }

  @Override
  public String toString() {
    return "KeyRing[current=" + current.id() + ", keys=" + dataKeys.keySet() + ", index key set]";
  }
}
