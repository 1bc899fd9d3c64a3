package org.outreach.mail.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of a message as it goes out. {@link #toString()} shows none of it.
 *
 * @param sha256 lower-case hex SHA-256 of the UTF-8 bytes of {@code subject + "\n\n" + body}
 */
public record OutgoingText(String subject, String body, String sha256) {

  public OutgoingText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The text with its hash computed. */
  public static OutgoingText of(String subject, String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((subject + "\n\n" + body).getBytes(StandardCharsets.UTF_8));
      return new OutgoingText(subject, body, HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "OutgoingText[" + sha256 + "]";
  }
}
