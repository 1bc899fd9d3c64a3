package org.outreach.notice.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.NoticeChannel;
import org.outreach.correlation.CaseEvents;
import org.outreach.mail.MailDispatchException;
import org.outreach.mail.outbox.Claimed;
import org.outreach.mail.outbox.MailOwner;
import org.outreach.mail.outbox.MailPurpose;
import org.outreach.mail.outbox.Outbox;
import org.outreach.mail.outbox.OutboxSettings;
import org.outreach.mail.outbox.OutboxView;
import org.outreach.mail.outbox.Outgoing;
import org.outreach.mail.outbox.OutgoingText;
import org.outreach.notice.refusals.DispatchRefusals;
import org.outreach.notice.templates.RenderedText;
import org.outreach.recipients.OfficialRecipients;
import org.outreach.recipients.RecipientClass;
import org.outreach.registry.NoticeAddresses;

/**
 * The email notices of cases in the server's outbox ({@link Outbox}): each notice is a row of its
 * own (case, channel, text version) beside the outbox's message of the same id. The sending step
 * writes both in the process's transaction; as the owner of the outbox's {@link MailPurpose#NOTICE}
 * messages this class gives each its address when it goes and records on the case how it went, each
 * in one transaction with the message's own move.
 *
 * <p>Sending is recorded on the case as the notice sent when the relay accepted the message. A
 * message that cannot go (the relay refused it for good, no safe address is left or the address
 * reaches a government or a consulate, every try failed) is told to the case's process as a
 * returned notice, which then tries the next channel.
 */
@Stateless
@LocalBean
@Local(MailOwner.class)
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class EmailOutbox implements MailOwner {

  private static final Logger LOG = Logger.getLogger(EmailOutbox.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private Outbox outbox;
  @Inject private CaseRecords cases;
  @Inject private CaseProgress progress;
  @Inject private CaseEvents caseEvents;
  @Inject private NoticeAddresses addresses;
  @Inject private DispatchRefusals refusals;

  /**
   * Writes an email notice for the case, CREATED and due now, in the caller's transaction.
   *
   * @return the row's id
   */
  public UUID queue(UUID caseId, NoticeChannel channel, RenderedText text) {
    if (channel != NoticeChannel.EMAIL && channel != NoticeChannel.ATTORNEY) {
      throw new IllegalArgumentException("channel: " + channel + " does not send email");
    }
    UUID id =
        outbox.queue(
            MailPurpose.NOTICE, null, new OutgoingText(text.subject(), text.body(), text.sha256()));
    entityManager.persist(
        new EmailNotice(
            id,
            caseId,
            channel,
            text.templateVersionId(),
            text.language().code(),
            OffsetDateTime.now(ZoneOffset.UTC)));
    LOG.info(
        () ->
            "Email notice "
                + id
                + " for case "
                + caseId
                + " by "
                + channel
                + " written to the outbox: "
                + text);
    return id;
  }

  @Override
  public MailPurpose purpose() {
    return MailPurpose.NOTICE;
  }

  /**
   * Takes the rows for a try if they are still CREATED, and gives the messages to send: each
   * address is read from the registry now (audited), so a contact point no longer marked safe is
   * never used. Without a safe address, or with one that reaches a government or a consulate
   * (recorded as a refused notice), a row fails here and its process hears of it.
   *
   * @return the messages to send, without the rows another caller took or that cannot be sent
   */
  @Override
  public List<Outgoing> claim(List<UUID> ids) {
    List<Claimed> claimed = outbox.claim(ids);
    Map<UUID, EmailNotice> notices = notices(claimed.stream().map(Claimed::id).toList());
    List<Outgoing> outgoing = new ArrayList<>(claimed.size());
    for (Claimed message : claimed) {
      EmailNotice notice = notices.get(message.id());
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
        continue;
      }
      Optional<RecipientClass> official = OfficialRecipients.current().ofEmail(address.get());
      if (official.isPresent()) {
        refusals.record(notice.caseId(), notice.channel(), official.get(), notice.id());
        giveUp(notice, "REFUSED_" + official.get());
        continue;
      }
      outgoing.add(message.to(address.get()));
    }
    return outgoing;
  }

  /**
   * The relay accepted the messages: each recorded on its case as the notice sent by its channel.
   */
  @Override
  public void sent(List<UUID> ids) {
    outbox.sent(ids);
    Map<UUID, EmailNotice> notices = notices(ids);
    for (UUID id : ids) {
      EmailNotice notice = notices.get(id);
      progress.recordNoticeSent(notice.caseId(), notice.channel());
    }
  }

  /**
   * The try failed: due again after the settings' wait if the relay may take it later and tries are
   * left, else given up and told to the process.
   */
  @Override
  public void failed(UUID id, MailDispatchException failure, OutboxSettings settings) {
    if (outbox.failed(id, failure, settings)) {
      EmailNotice notice = entityManager.find(EmailNotice.class, id);
      tellTheProcess(notice, "given up (" + failure.failure() + ")");
    }
  }

  /**
   * A delivery status notification reported the message with this Message-ID undeliverable: the
   * notice is BOUNCED and the case's process hears of it as a returned notice. A Message-ID that is
   * not one of the outbox's notices, or a notice failed or bounced already, changes nothing.
   *
   * @param status the report's status (such as {@code 5.1.1})
   * @return whether a notice was bounced by it
   */
  public boolean bounced(String messageId, String status) {
    Optional<EmailNotice> notice =
        outbox
            .bounced(messageId, status)
            .map(id -> entityManager.find(EmailNotice.class, id))
            .filter(Objects::nonNull);
    notice.ifPresent(bounced -> tellTheProcess(bounced, "bounced (" + status + ")"));
    return notice.isPresent();
  }

  /** The case a notice email was sent for, by its Message-ID. */
  public Optional<UUID> caseOfMessage(String messageId) {
    return outbox
        .idOfMessage(messageId)
        .map(id -> entityManager.find(EmailNotice.class, id))
        .map(EmailNotice::caseId);
  }

  /** The case's email notices, oldest first, without their text. */
  public List<EmailView> emailsOf(UUID caseId) {
    Objects.requireNonNull(caseId, "caseId");
    List<EmailNotice> notices =
        entityManager
            .createNamedQuery("EmailNotice.findByCase", EmailNotice.class)
            .setParameter("caseId", caseId)
            .getResultList();
    Map<UUID, OutboxView> messages = outbox.views(notices.stream().map(EmailNotice::id).toList());
    return notices.stream().map(notice -> notice.view(messages.get(notice.id()))).toList();
  }

  private Map<UUID, EmailNotice> notices(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createNamedQuery("EmailNotice.findByIds", EmailNotice.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(EmailNotice::id, Function.identity()));
  }

  private void giveUp(EmailNotice notice, String failure) {
    outbox.giveUp(notice.id(), failure);
    tellTheProcess(notice, "given up (" + failure + ")");
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
}
