package org.outreach.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;

/**
 * Blind indexes: HMAC-SHA-256 under the ring's index key over a normalised value, as 43 characters
 * of unpadded base64url. Stored beside the encrypted field, they allow exact lookups (by A-number,
 * by a name token, by date of birth) with no plaintext column; without the key they cannot be
 * recomputed from a guess. Equal values still have equal indexes, so the database shows which
 * records share a value, though not what it is.
 *
 * <p>Each kind of value has its own prefix under the MAC, so equal strings of different kinds do
 * not give equal indexes. Thread-safe.
 */
public final class BlindIndex {

  /** What a value is; the prefix separates the kinds' indexes from each other. */
  public enum Kind {
    A_NUMBER("a-number:"),
    NAME_TOKEN("name-token:"),
    DATE_OF_BIRTH("dob:"),
    CLIENT_ADDRESS("client-address:"),
    FACILITY("facility:");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final String ALGORITHM = "HmacSHA256";

  private final Supplier<KeyRing> keys;

  public BlindIndex(KeyRing keys) {
    Objects.requireNonNull(keys, "keys");
    this.keys = () -> keys;
  }

  /** An index that asks {@code keys} for the ring at every use (see {@link FieldCipher}). */
  public BlindIndex(Supplier<KeyRing> keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * The index of an A-number in any accepted spelling; {@code null} stays {@code null}.
   *
   * @throws IllegalArgumentException if it is not an A-number (see {@link
   *     LookupNormalisation#aNumber})
   */
  public String aNumber(String aNumber) {
    return aNumber == null ? null : compute(Kind.A_NUMBER, LookupNormalisation.aNumber(aNumber));
  }

  /**
   * One index per token of a name, in the order of {@link LookupNormalisation#nameTokens}; none for
   * {@code null}. A search matches the records that hold every token searched for.
   */
  public List<String> nameTokens(String name) {
    if (name == null) {
      return List.of();
    }
    return LookupNormalisation.nameTokens(name).stream()
        .map(token -> compute(Kind.NAME_TOKEN, token))
        .toList();
  }

  /** The index of a date of birth; {@code null} stays {@code null}. */
  public String dateOfBirth(LocalDate dateOfBirth) {
    return dateOfBirth == null
        ? null
        : compute(Kind.DATE_OF_BIRTH, LookupNormalisation.dateOfBirth(dateOfBirth));
  }

  /**
   * The index of a detention facility's name, spelt as anyone types it: case, accents, punctuation
   * and spacing do not count ({@code Adelanto ICE Processing Center} is {@code adelanto
   * ice-processing center}); {@code null} or a name without letters or digits stays {@code null}.
   */
  public String facility(String name) {
    if (name == null) {
      return null;
    }
    List<String> tokens = LookupNormalisation.nameTokens(name);
    return tokens.isEmpty() ? null : compute(Kind.FACILITY, String.join(" ", tokens));
  }

  /**
   * The index of a visitor's network address, so that failed tries can be counted per address
   * without keeping the address; {@code null} stays {@code null}.
   */
  public String clientAddress(String address) {
    return address == null ? null : compute(Kind.CLIENT_ADDRESS, address.strip());
  }

  String compute(Kind kind, String normalised) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(keys.get().indexKey());
      byte[] digest = mac.doFinal((kind.prefix + normalised).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available: " + e.getClass().getName());
    }
  }
}
