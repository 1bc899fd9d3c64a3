package org.outreach.notice.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.NoticeChannel;
import org.outreach.correlation.CaseEvents;
import org.outreach.mail.MailDispatchException;
import org.outreach.mail.OutboundMail;
import org.outreach.notice.templates.RenderedText;
import org.outreach.registry.NoticeAddresses;

/**
 * The email outbox's rows and their moves, each in its caller's transaction: the sending step
 * writes a row in the process's; {@link EmailDispatcher} takes each further step in one of its own.
 * A row is taken for a try only by the one caller whose update finds it still CREATED, so two
 * dispatchers never send one row at once.
 *
 * <p>Sending is recorded on the case as the notice sent when the relay accepted the message. A
 * message that cannot go (the relay refused it for good, no safe address is left, every try failed)
 * is told to the case's process as a returned notice, which then tries the next channel.
 */
@Stateless
@PermitAll
@SystemService
public class EmailOutbox {

  private static final Logger LOG = Logger.getLogger(EmailOutbox.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private CaseProgress progress;
  @Inject private CaseEvents caseEvents;
  @Inject private NoticeAddresses addresses;

  /**
   * Writes an email notice for the case, CREATED and due now, in the caller's transaction.
   *
   * @return the row's id
   */
  public UUID queue(UUID caseId, NoticeChannel channel, RenderedText text) {
    if (channel != NoticeChannel.EMAIL && channel != NoticeChannel.ATTORNEY) {
      throw new IllegalArgumentException("channel: " + channel + " does not send email");
    }
    EmailNotice notice = new EmailNotice(caseId, channel, text, messageDomain(), now());
    entityManager.persist(notice);
    LOG.info(
        () ->
            "Email notice "
                + notice.id()
                + " for case "
                + caseId
                + " by "
                + channel
                + " written to the outbox: "
                + text);
    return notice.id();
  }

  /** The ids of the rows due for a try, oldest due first. */
  public List<UUID> due(int limit) {
    return entityManager
        .createNamedQuery("EmailNotice.findDue", UUID.class)
        .setParameter("now", now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many more tries the relay may be given in the minute from now. */
  public int triesLeftThisMinute(OutboxSettings settings) {
    long tried =
        entityManager
            .createNamedQuery("EmailNotice.countTriedSince", Long.class)
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
    List<EmailNotice> interrupted =
        entityManager
            .createNamedQuery("EmailNotice.findInterrupted", EmailNotice.class)
            .setParameter("before", now.minus(settings.sendingTimeout()))
            .getResultList();
    for (EmailNotice notice : interrupted) {
      notice.interrupted(now);
      LOG.warning(
          () ->
              "Email notice "
                  + notice.id()
                  + " was interrupted while sent: it is sent again with its Message-ID "
                  + notice.messageId());
    }
    return interrupted.size();
  }

  /**
   * Takes the row for a try if it is still CREATED, and gives the message to send: the address is
   * read from the registry now (audited), so a contact point no longer marked safe is never used.
   * Without a safe address the row fails here and the process hears of it.
   *
   * @return the message to send, empty if another caller took the row or it cannot be sent
   */
  public Optional<Outgoing> claim(UUID id) {
    int taken =
        entityManager
            .createNamedQuery("EmailNotice.claim")
            .setParameter("id", id)
            .setParameter("now", now())
            .executeUpdate();
    if (taken != 1) {
      return Optional.empty();
    }
    EmailNotice notice = entityManager.find(EmailNotice.class, id);
    entityManager.refresh(notice);
    Optional<String> address =
        cases
            .personOf(notice.caseId())
            .flatMap(
                person ->
                    notice.channel() == NoticeChannel.ATTORNEY
                        ? addresses.attorneyEmail(person)
                        : addresses.safeEmail(person));
    if (address.isEmpty()) {
      giveUp(notice, "NO_SAFE_ADDRESS");
      return Optional.empty();
    }
    return Optional.of(
        new Outgoing(
            id,
            notice.messageId(),
            new OutboundMail(address.get(), notice.subject(), notice.body())));
  }

  /** The relay accepted the message: recorded on the case as the notice sent by its channel. */
  public void sent(UUID id) {
    EmailNotice notice = entityManager.find(EmailNotice.class, id);
    notice.sent(now());
    progress.recordNoticeSent(notice.caseId(), notice.channel());
    LOG.info(() -> "Email notice " + id + " sent, Message-ID " + notice.messageId());
  }

  /**
   * The try failed: due again after the settings' wait if the relay may take it later and tries are
   * left, else given up.
   */
  public void failed(UUID id, MailDispatchException failure, OutboxSettings settings) {
    EmailNotice notice = entityManager.find(EmailNotice.class, id);
    if (failure.permanent() || notice.attempts() >= settings.attempts()) {
      giveUp(notice, failure.failure());
      return;
    }
    OffsetDateTime next = now().plus(settings.waitAfter(notice.attempts()));
    notice.retryAt(next, failure.failure());
    LOG.info(
        () ->
            "Email notice "
                + id
                + " not sent ("
                + failure.failure()
                + "), try "
                + notice.attempts()
                + " of "
                + settings.attempts()
                + "; next at "
                + next);
  }

  /**
   * A delivery status notification reported the message with this Message-ID undeliverable: the
   * notice is BOUNCED and the case's process hears of it as a returned notice. A Message-ID that is
   * not one of the outbox's, or a notice failed or bounced already, changes nothing.
   *
   * @param status the report's status (such as {@code 5.1.1})
   * @return whether a notice was bounced by it
   */
  public boolean bounced(String messageId, String status) {
    List<EmailNotice> found =
        entityManager
            .createNamedQuery("EmailNotice.findByMessageId", EmailNotice.class)
            .setParameter("messageId", messageId)
            .getResultList();
    if (found.isEmpty() || !found.get(0).bounced(now(), status)) {
      return false;
    }
    tellTheProcess(found.get(0), "bounced (" + status + ")");
    return true;
  }

  /** The case a notice email was sent for, by its Message-ID. */
  public Optional<UUID> caseOfMessage(String messageId) {
    return entityManager
        .createNamedQuery("EmailNotice.findByMessageId", EmailNotice.class)
        .setParameter("messageId", messageId)
        .getResultStream()
        .findFirst()
        .map(EmailNotice::caseId);
  }

  /** The case's email notices, oldest first, without their text. */
  public List<EmailView> emailsOf(UUID caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return entityManager
        .createNamedQuery("EmailNotice.findByCase", EmailNotice.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(EmailNotice::view)
        .toList();
  }

  private void giveUp(EmailNotice notice, String failure) {
    notice.failed(now(), failure);
    tellTheProcess(notice, "given up after " + notice.attempts() + " tries (" + failure + ")");
  }

  /** The notice did not reach the person: the case's process hears it as a returned notice. */
  private void tellTheProcess(EmailNotice notice, String what) {
    boolean told = caseEvents.noticeReturned(notice.caseId());
    LOG.warning(
        () ->
            "Email notice "
                + notice.id()
                + " for case "
                + notice.caseId()
                + " "
                + what
                + (told ? "; the process tries its next channel" : "; no process was waiting"));
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

  /** A message taken for a try. {@link #toString()} shows no address. */
  public record Outgoing(UUID id, String messageId, OutboundMail mail) {
    @Override
    public String toString() {
      return "Outgoing[" + id + ", " + messageId + "]";
    }
  }
}
