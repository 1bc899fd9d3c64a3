package org.outreach.mail.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;
import org.outreach.mail.MailDispatchException;

/**
 * The outbox's rows and their moves, each in its caller's transaction: the step that decides to
 * send writes a row in its own; {@link OutboxDispatcher} and the {@link MailOwner}s take each
 * further step in one of theirs. A row is taken for a try only by the one caller whose update finds
 * it still CREATED, so two dispatchers never send one row at once.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** A row due for a try and what it is for. */
  public record Due(UUID id, MailPurpose purpose) {}

  /**
   * Writes a message, CREATED and due now, in the caller's transaction.
   *
   * @param recipient for staff mail, the team ({@link StaffRecipient#name()}); {@code null} for a
   *     notice, whose owner reads the address when it goes
   * @return the row's id
   */
  public UUID queue(MailPurpose purpose, String recipient, OutgoingText text) {
    OutboxMessage message = new OutboxMessage(purpose, recipient, text, messageDomain(), now());
    entityManager.persist(message);
    LOG.info(
        () ->
            "Message "
                + message.id()
                + " ("
                + purpose
                + ") written to the outbox, Message-ID "
                + message.messageId());
    return message.id();
  }

  /** The rows due for a try, oldest due first. */
  public List<Due> due(int limit) {
    return entityManager
        .createNamedQuery("OutboxMessage.findDue", Object[].class)
        .setParameter("now", now())
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((UUID) row[0], (MailPurpose) row[1]))
        .toList();
  }

  /** How many more tries the relay may be given in the minute from now. */
  public int triesLeftThisMinute(OutboxSettings settings) {
    long tried =
        entityManager
            .createNamedQuery("OutboxMessage.countTriedSince", Long.class)
            .setParameter("since", now().minusMinutes(1))
            .getSingleResult();
    return (int) Math.max(0, settings.perMinute() - tried);
  }

  /**
   * Rows whose try has been unanswered longer than the sending timeout: the node that tried them
   * stopped before it recorded the relay's answer. They are due again, each counted as a possible
   * repeat.
   *
   * @return how many
   */
  public int recoverInterrupted(OutboxSettings settings) {
    OffsetDateTime now = now();
    List<OutboxMessage> interrupted =
        entityManager
            .createNamedQuery("OutboxMessage.findInterrupted", OutboxMessage.class)
            .setParameter("before", now.minus(settings.sendingTimeout()))
            .getResultList();
    for (OutboxMessage message : interrupted) {
      message.interrupted(now);
      LOG.warning(
          () ->
              "Message "
                  + message.id()
                  + " was interrupted while sent: it is sent again with its Message-ID "
                  + message.messageId());
    }
    return interrupted.size();
  }

  /**
   * Takes for a try each of these rows still CREATED.
   *
   * @return the messages taken, in the order asked, without those another caller took first
   */
  public List<Claimed> claim(List<UUID> ids) {
    OffsetDateTime now = now();
    List<UUID> taken = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      int updated =
          entityManager
              .createNamedQuery("OutboxMessage.claim")
              .setParameter("id", id)
              .setParameter("now", now)
              .executeUpdate();
      if (updated == 1) {
        taken.add(id);
      }
    }
    Map<UUID, OutboxMessage> messages = byIds(taken);
    List<Claimed> claimed = new ArrayList<>(taken.size());
    for (UUID id : taken) {
      // what a try reads of the row (text, Message-ID) never changes after it is written
      OutboxMessage message = messages.get(id);
      claimed.add(
          new Claimed(
              id,
              message.purpose(),
              message.recipient(),
              message.messageId(),
              message.subject(),
              message.body()));
    }
    return claimed;
  }

  /**
   * Gives back rows taken for a try that never began (the round ran out of time): due again at
   * once, the try not counted.
   */
  public void release(List<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    int released =
        entityManager
            .createNamedQuery("OutboxMessage.release")
            .setParameter("ids", ids)
            .setParameter("now", now())
            .executeUpdate();
    LOG.info(() -> released + " message(s) taken and not tried this round: due again");
  }

  /** The relay accepted these messages. */
  public void sent(List<UUID> ids) {
    OffsetDateTime now = now();
    Map<UUID, OutboxMessage> messages = byIds(ids);
    for (UUID id : ids) {
      OutboxMessage message = messages.get(id);
      if (message == null) {
        throw new IllegalArgumentException("No message of the outbox has the id " + id);
      }
      message.sent(now);
      LOG.info(() -> "Message " + id + " sent, Message-ID " + message.messageId());
    }
  }

  /**
   * The try failed: due again after the settings' wait if the relay may take it later and tries are
   * left, else given up.
   *
   * @return whether the message was given up
   */
  public boolean failed(UUID id, MailDispatchException failure, OutboxSettings settings) {
    OutboxMessage message = find(id);
    if (failure.permanent() || message.attempts() >= settings.attempts()) {
      giveUp(message, failure.failure());
      return true;
    }
    OffsetDateTime next = now().plus(settings.waitAfter(message.attempts()));
    message.retryAt(next, failure.failure());
    LOG.info(
        () ->
            "Message "
                + id
                + " not sent ("
                + failure.failure()
                + "), try "
                + message.attempts()
                + " of "
                + settings.attempts()
                + "; next at "
                + next);
    return false;
  }

  /** The message cannot go (its owner has no address for it, or refuses the one it has). */
  public void giveUp(UUID id, String failure) {
    giveUp(find(id), failure);
  }

  /**
   * A delivery status notification reported the message with this Message-ID undeliverable: it is
   * BOUNCED. A Message-ID that is not the outbox's, or a message failed or bounced already, changes
   * nothing.
   *
   * @param status the report's status (such as {@code 5.1.1})
   * @return the message bounced by it, if one was
   */
  public Optional<UUID> bounced(String messageId, String status) {
    return byMessageId(messageId)
        .filter(message -> message.bounced(now(), status))
        .map(OutboxMessage::id);
  }

  /** The id of the message with this Message-ID. */
  public Optional<UUID> idOfMessage(String messageId) {
    return byMessageId(messageId).map(OutboxMessage::id);
  }

  /** The messages with these ids as they stand, by id. */
  public Map<UUID, OutboxView> views(Collection<UUID> ids) {
    return byIds(ids).values().stream()
        .map(OutboxMessage::view)
        .collect(Collectors.toMap(OutboxView::id, Function.identity()));
  }

  private Map<UUID, OutboxMessage> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createNamedQuery("OutboxMessage.findByIds", OutboxMessage.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(OutboxMessage::id, Function.identity()));
  }

  private Optional<OutboxMessage> byMessageId(String messageId) {
    return entityManager
        .createNamedQuery("OutboxMessage.findByMessageId", OutboxMessage.class)
        .setParameter("messageId", messageId)
        .getResultStream()
        .findFirst();
  }

  private OutboxMessage find(UUID id) {
    OutboxMessage message = entityManager.find(OutboxMessage.class, Objects.requireNonNull(id));
    if (message == null) {
      throw new IllegalArgumentException("No message of the outbox has the id " + id);
    }
    return message;
  }

  private void giveUp(OutboxMessage message, String failure) {
    message.failed(now(), failure);
    LOG.warning(
        () ->
            "Message "
                + message.id()
                + " ("
                + message.purpose()
                + ") given up after "
                + message.attempts()
                + " tries ("
                + failure
                + ")");
  }

  /** The domain of the sender's address, which every Message-ID ends with. */
  private static String messageDomain() {
    String from = SettingValues.text(SettingValues.ofServer(), "outreach.mail.from", "");
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "outreach.localhost" : domain;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
