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
 * <p>Whole files (a scanned receipt, a court filing) take the binary form: the same header in
 * ASCII, then the same nonce, ciphertext and tag as raw bytes, under the same keys, associated data
 * and rules, so a stored file names its key too and rotates with everything else.
 *
 * <p>Random nonces are safe for up to 2<sup>32</sup> encryptions under one key; the campaign's few
 * thousand records with a handful of fields and a few documents each stay far below that.
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
    Sealed sealed = seal(plaintext.getBytes(StandardCharsets.UTF_8), aad);
    return sealed.header() + Base64.getEncoder().encodeToString(sealed.payload());
  }

  /**
   * Encrypts a file under the current key, in the binary form: {@code v1:<key id>:} in ASCII, then
   * nonce, ciphertext and tag. {@code null} stays {@code null}.
   */
  public byte[] encryptFile(byte[] plaintext, String aad) {
    requireAad(aad);
    if (plaintext == null) {
      return null;
    }
    Sealed sealed = seal(plaintext, aad);
    byte[] header = sealed.header().getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(header.length + sealed.payload().length)
        .put(header)
        .put(sealed.payload())
        .array();
  }

  private Sealed seal(byte[] plaintext, String aad) {
    DataKey key = keys.get().current();
    String header = VERSION + ":" + key.id() + ":";
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
      cipher.updateAAD(associated(header, aad));
      byte[] payload = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
      System.arraycopy(nonce, 0, payload, 0, NONCE_BYTES);
      int written = cipher.doFinal(plaintext, 0, plaintext.length, payload, NONCE_BYTES);
      if (written != payload.length - NONCE_BYTES) {
        throw new IllegalStateException("AES-GCM wrote an unexpected length");
      }
      return new Sealed(header, payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM encryption is not available: " + e.getClass().getName());
    }
  }

  /** A header and what follows it: nonce, ciphertext and tag. */
  private record Sealed(String header, byte[] payload) {}

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
    return new String(open(StoredValue.parse(stored), aad), StandardCharsets.UTF_8);
  }

  /**
   * Decrypts a file stored in the binary form; {@code null} stays {@code null}.
   *
   * @throws DecryptionFailedException as {@link #decrypt(String, String)}
   */
  public byte[] decryptFile(byte[] stored, String aad) {
    requireAad(aad);
    if (stored == null) {
      return null;
    }
    return open(StoredValue.parse(stored), aad);
  }

  private byte[] open(StoredValue value, String aad) {
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
          new GCMParameterSpec(TAG_BYTES * 8, payload, value.offset(), NONCE_BYTES));
      cipher.updateAAD(associated(value.header(), aad));
      return cipher.doFinal(
          payload, value.offset() + NONCE_BYTES, payload.length - value.offset() - NONCE_BYTES);
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
    return stored != null && !currentKeyId().equals(StoredValue.parse(stored).keyId());
  }

  /** {@link #needsReEncryption(String)} for a file in the binary form. */
  public boolean fileNeedsReEncryption(byte[] stored) {
    return stored != null && !currentKeyId().equals(StoredValue.parse(stored).keyId());
  }

  /**
   * The id of the key a value in the binary form is stored under, read from its header alone, so a
   * table can keep it beside the value and a rotation find what to re-encrypt without reading every
   * file.
   *
   * @throws DecryptionFailedException if the value is malformed
   */
  public static String keyIdOfFile(byte[] stored) {
    return StoredValue.parse(Objects.requireNonNull(stored, "stored")).keyId();
  }

  /**
   * The id of the key a stored value is under, read from its header alone, so a table can keep it
   * beside its values and a rotation find what to re-encrypt without reading every row.
   *
   * @throws DecryptionFailedException if the value is malformed
   */
  public static String keyIdOf(String stored) {
    return StoredValue.parse(Objects.requireNonNull(stored, "stored")).keyId();
  }

  private String currentKeyId() {
    return keys.get().current().id();
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

  /** {@link #reEncrypt(String, String)} for a file in the binary form. */
  public byte[] reEncryptFile(byte[] stored, String aad) {
    byte[] plaintext = decryptFile(stored, aad);
    if (stored == null || !fileNeedsReEncryption(stored)) {
      return stored;
    }
    return encryptFile(plaintext, aad);
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

  /**
   * A stored value taken apart, before any key is used: its key id, and the bytes holding nonce,
   * ciphertext and tag from {@code offset} on.
   */
  private record StoredValue(String keyId, byte[] payload, int offset) {

    /** The longest header: {@code v1:} and a key id of 16 characters and its colon. */
    private static final int MAX_HEADER = VERSION.length() + 1 + 16 + 1;

    static StoredValue parse(String stored) {
      String[] parts = stored.split(":", 3);
      if (parts.length != 3) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      checkHeader(parts[0], parts[1]);
      byte[] payload;
      try {
        payload = Base64.getDecoder().decode(parts[2]);
      } catch (IllegalArgumentException e) {
        // The decoder's message quotes the offending character: not chained on purpose.
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      return checkedLength(new StoredValue(parts[1], payload, 0));
    }

    static StoredValue parse(byte[] stored) {
      int first = indexOf(stored, ':', 0, MAX_HEADER);
      int second = first < 0 ? -1 : indexOf(stored, ':', first + 1, MAX_HEADER);
      if (second < 0) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      String version = new String(stored, 0, first, StandardCharsets.US_ASCII);
      String keyId = new String(stored, first + 1, second - first - 1, StandardCharsets.US_ASCII);
      checkHeader(version, keyId);
      return checkedLength(new StoredValue(keyId, stored, second + 1));
    }

    private static int indexOf(byte[] bytes, char wanted, int from, int limit) {
      for (int i = from; i < Math.min(bytes.length, limit); i++) {
        if (bytes[i] == wanted) {
          return i;
        }
      }
      return -1;
    }

    private static void checkHeader(String version, String keyId) {
      if (!version.equals(VERSION)) {
        throw new DecryptionFailedException(
            VERSION_SHAPE.matcher(version).matches()
                ? Reason.UNSUPPORTED_VERSION
                : Reason.MALFORMED);
      }
      if (!KeyRing.isKeyId(keyId)) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
    }

    private static StoredValue checkedLength(StoredValue value) {
      if (value.payload.length - value.offset < NONCE_BYTES + TAG_BYTES) {
        throw new DecryptionFailedException(Reason.MALFORMED);
      }
      return value;
    }

    String header() {
      return VERSION + ":" + keyId + ":";
    }
  }
}
