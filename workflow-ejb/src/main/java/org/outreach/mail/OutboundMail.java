package org.outreach.mail;

import java.util.Objects;

/**
 * One message to send. The subject must be neutral: it shows in notification previews and in the
 * server logs of every relay, so it never names a person or their protection claim.
 */
public record OutboundMail(String recipient, String subject, String body) {

  public OutboundMail {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  /** Shows neither the address nor the text. */
  @Override
  public String toString() {
    return "OutboundMail[" + subject.length() + " + " + body.length() + " characters]";
  }
}
