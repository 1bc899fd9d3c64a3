package org.outreach.mail.outbox;

/** The outbox's Message-IDs, as others read them in reports and replies. */
public final class MessageIds {

  private MessageIds() {}

  /** Whether a Message-ID is of the outbox's making (a notice's or a staff message's). */
  public static boolean isOutboxMessageId(String messageId) {
    return OutboxMessage.isOutboxMessageId(messageId);
  }
}
