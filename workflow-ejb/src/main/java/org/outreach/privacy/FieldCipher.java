package org.outreach.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.outreach.privacy.DecryptionFailedException.Reason;

/**
 * Encrypts one personal field for storage: AES-256-GCM, a fresh random 96-bit nonce per value, a
 * 128-bit tag. A stored value reads
 *
 * <pre>v1:&lt;key id&gt;:&lt;base64(nonce || ciphertext || tag)&gt;</pre>
 *
 * <p>so it names the key that decrypts it, and values written before a rotation keep working. The
 * associated data binds a value to its place (see {@link #associatedData}): copied into another
 * field or another record, it no longer decrypts. The header {@code v1:<key id>:} is authenticated
 * too. Thread-safe.
 *
 * <p>Random nonces are safe for up to 2<sup>32</sup> encryptions under one key; the campaign's few
 * thousand records with a handful of fields each stay far below that.
 */
public final class FieldCipher {

  static final String VERSION = "v1";
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final Pattern VERSION_SHAPE = Pattern.compile("v[0-9]{1,4}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private final Supplier<KeyRing> keys;
  private final SecureRandom random;

  public FieldCipher(KeyRing keys) {
    this(keys, new SecureRandom());
  }

  /**
   * A cipher that asks {@code keys} for the ring at every use, so a ring reloaded after a key was
   * added (see {@code DataProtection}) reaches every holder of this cipher at once.
   */
  public FieldCipher(Supplier<KeyRing> keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.random = new SecureRandom();
  }

  FieldCipher(KeyRing keys, SecureRandom random) {
    Objects.requireNonNull(keys, "keys");
    this.keys = () -> keys;
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The associated data for one field of one record, such as {@code Person:familyName:42}. Entity
   * and field are Java names (no colon), so the record id, last, may hold any character.
   */
  public static String associatedData(String entity, String field, String recordId) {
    if (entity == null || !NAME.matcher(entity).matches()) {
      throw new IllegalArgumentException("entity: a Java name of at most 64 characters");
    }
    if (field == null || !NAME.matcher(field).matches()) {
      throw new IllegalArgumentException("field: a Java name of at most 64 characters");
    }
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException(
          "recordId: required, so a value cannot be moved to another record");
    }
    return entity + ":" + field + ":" + recordId;
  }

  /** Encrypts under the current key; {@code null} stays {@code null}. */
  public String encrypt(String plaintext, String aad) {
    requireAad(aad);
    if (plaintext == null) {
      return null;
    }
    DataKey key = keys.get().current();
    String header = VERSION + ":" + key.id() + ":";
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
      cipher.updateAAD(associated(header, aad));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] payload =
          ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return header + Base64.getEncoder().encodeToString(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM encryption is not available: " + e.getClass().getName());
    }
  }

  /**
   * Decrypts with the key the value names; {@code null} stays {@code null}.
   *
   * @throws DecryptionFailedException if the value is malformed, its key is no longer in the ring,
   *     or it was altered or moved from another field or record
   */
  public String decrypt(String stored, String aad) {
    requireAad(aad);
    if (stored == null) {
      return null;
    }
    StoredValue value = StoredValue.parse(stored);
    DataKey key =
        keys.get()
            .dataKey(value.keyId())
            .orElseThrow(
                () -> new DecryptionFailedException(Reason.UNKNOWN_KEY, "key id " + value.keyId()));
    byte[] payload = value.payload();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secretKey(),
          new GCMParameterSpec(TAG_BYTES * 8, payload, 0, NONCE_BYTES));
      cipher.updateAAD(associated(value.header(), aad));
      byte[] plaintext = cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES);
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new DecryptionFailedException(Reason.NOT_AUTHENTIC);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM decryption is not available: " + e.getClass().getName());
    }
  }

  /**
   * Whether a stored value is under a key other than the current one, so a rotation job should
   * {@link #reEncrypt} it. {@code null} needs nothing. Only the header is read; the value is not
   * decrypted, so its key need not be in the ring.
   *
   * @throws DecryptionFailedException if the value is malformed
   */
  public boolean needsReEncryption(String stored) {
    if (stored == null) {
      return false;
    }
    return !StoredValue.parse(stored).keyId().equals(keys.get().current().id());
  }

  /**
   * The value under the current key, for a rotation job; a value already under it is returned as it
   * is, so running the job twice changes nothing.
   */
  public String reEncrypt(String stored, String aad) {
    String plaintext = decrypt(stored, aad);
    if (stored == null || !needsReEncryption(stored)) {
      return stored;
    }
    return encrypt(plaintext, aad);
  }

  private static void requireAad(String aad) {
    if (aad == null || aad.isBlank()) {
      throw new IllegalArgumentException(
          "aad: required, so a value cannot be moved to another field or record");
    }
  }

  private static byte[] associated(String header, String aad) {
    return (header + aad).getBytes(StandardCharsets.UTF_8);
  }

  /** A stored value taken apart, before any key is used. */
  private record StoredValue(String keyId, byte[] payload) {

    static StoredValue parse(String stored) {
      String[] parts = stored.split(":", 3);
      if (parts.length != 3) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      if (!parts[0].equals(VERSION)) {
        throw new DecryptionFailedException(
            VERSION_SHAPE.matcher(parts[0]).matches()
                ? Reason.UNSUPPORTED_VERSION
                : Reason.MALFORMED);
      }
      if (!KeyRing.isKeyId(parts[1])) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      byte[] payload;
      try {
        payload = Base64.getDecoder().decode(parts[2]);
      } catch (IllegalArgumentException e) {
        // The decoder's message quotes the offending character: not chained on purpose.
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      if (payload.length < NONCE_BYTES + TAG_BYTES) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      return new StoredValue(parts[1], payload);
    }

    String header() {
      return VERSION + ":" + keyId + ":";
    }
  }
}
