package org.outreach.mail.outbox;

import java.util.List;
import java.util.UUID;
import org.outreach.mail.MailDispatchException;

/**
 * Who gives the address of the outbox's messages of one {@link MailPurpose} and hears how each
 * went. Each method runs in a transaction of its own and moves the message through {@link Outbox}
 * in it, so that the message's state and what the owner records of it stand or fall together.
 */
public interface MailOwner {

  /** The purpose whose messages this owner answers for. */
  MailPurpose purpose();

  /**
   * Takes the messages for a try ({@link Outbox#claim}) and gives each with its address; a message
   * without one the owner gives up ({@link Outbox#giveUp}) and records why.
   *
   * @return the messages to send, in the order asked, without those another caller took or that
   *     cannot be sent
   */
  List<Outgoing> claim(List<UUID> ids);

  /** The relay accepted these messages ({@link Outbox#sent}). */
  void sent(List<UUID> ids);

  /** The try failed ({@link Outbox#failed}); if that gave the message up, the owner records it. */
  void failed(UUID id, MailDispatchException failure, OutboxSettings settings);
}
