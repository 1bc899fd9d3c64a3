package org.outreach.mail.outbox;

import java.util.Optional;
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
   * Takes the message for a try ({@link Outbox#claim}) and gives it with its address; without one
   * the owner gives the message up ({@link Outbox#giveUp}) and records why.
   *
   * @return the message to send, empty if another caller took it or it cannot be sent
   */
  Optional<Outgoing> claim(UUID id);

  /** The relay accepted the message ({@link Outbox#sent}). */
  void sent(UUID id);

  /** The try failed ({@link Outbox#failed}); if that gave the message up, the owner records it. */
  void failed(UUID id, MailDispatchException failure, OutboxSettings settings);
}
