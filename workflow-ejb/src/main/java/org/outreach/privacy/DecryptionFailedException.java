package org.outreach.privacy;

/**
 * A stored value could not be decrypted. The message names the reason, and at most a key id; never
 * the stored value, the associated data or anything decrypted.
 */
public class DecryptionFailedException extends RuntimeException {

  /** Why decryption failed. */
  public enum Reason {
    MALFORMED("not a stored value: expected v1:<key id>:<base64>"),
    UNSUPPORTED_VERSION("the value's format version is not supported"),
    UNKNOWN_KEY("the value's key is not in the key ring"),
    NOT_AUTHENTIC("the value was altered, or belongs to another field or record");

    private final String description;

    Reason(String description) {
      this.description = description;
    }
  }

  private final Reason reason;

  DecryptionFailedException(Reason reason) {
    super(reason.description);
    this.reason = reason;
  }

  /** The detail must be safe to log: a key id, never part of the value. */
  DecryptionFailedException(Reason reason, String detail) {
    super(reason.description + " (" + detail + ")");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
