package org.outreach.mail.outbox;

import java.util.UUID;
import org.outreach.mail.OutboundMail;

/** A message taken for a try, with its address. {@link #toString()} shows no address. */
public record Outgoing(UUID id, String messageId, OutboundMail mail) {
  @Override
  public String toString() {
    return "Outgoing[" + id + ", " + messageId + "]";
  }
}
