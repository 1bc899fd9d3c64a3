package org.outreach.mail.outbox;

import java.util.UUID;
import org.outreach.mail.OutboundMail;

/**
 * A message the caller took for a try (SENDING), waiting for its owner's address.
 *
 * @param recipient for staff mail, the team ({@link StaffRecipient}); {@code null} for a notice
 */
public record Claimed(
    UUID id, MailPurpose purpose, String recipient, String messageId, String subject, String body) {

  /** The message to this address. */
  public Outgoing to(String address) {
    return new Outgoing(id, messageId, new OutboundMail(address, subject, body));
  }

  @Override
  public String toString() {
    return "Claimed[" + id + ", " + purpose + ", " + messageId + "]";
  }
}
