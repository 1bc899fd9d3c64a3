package org.outreach.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.UnknownCaseException;
import org.outreach.mail.MailSender;
import org.outreach.mail.OutboundMail;
import org.outreach.registry.NoticeAddresses;

/**
 * Sends a case's notice through one automated channel: an email to the person's safe address, an
 * email to the attorney of record, or a letter queued for printing. Records the attempt on the case
 * in the same transaction. The mail goes out last, so nothing after it can roll back a sent
 * message's record.
 */
@Stateless
@PermitAll
public class NoticeDispatch {

  private static final Logger LOG = Logger.getLogger(NoticeDispatch.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private CaseProgress progress;
  @Inject private NoticeAddresses addresses;
  @Inject private MailSender mailSender;

  /**
   * @param language the person's language (ISO 639-1), or {@code null}: the text falls back to
   *     English
   * @throws NoticeUndeliverableException when no safe address is known for the channel
   * @throws IllegalArgumentException for a channel a caseworker works (hand delivery, call,
   *     partner)
   */
  public void send(UUID caseId, NoticeChannel channel, String language) {
    Objects.requireNonNull(channel, "channel");
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    switch (channel) {
      case EMAIL -> mail(summary, channel, language);
      case ATTORNEY -> mail(summary, channel, "en");
      case LETTER -> queueLetter(summary, language);
      default ->
          throw new IllegalArgumentException(
              "channel: " + channel + " is worked by a caseworker, not sent by the server");
    }
  }

  /** The letters queued for a case, oldest first. */
  public List<QueuedLetter> lettersOf(UUID caseId) {
    return entityManager
        .createNamedQuery("Letter.findByCase", Letter.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(l -> new QueuedLetter(l.id(), caseId, l.language(), l.status()))
        .toList();
  }

  private void mail(CaseSummary summary, NoticeChannel channel, String language) {
    UUID personId =
        cases
            .personOf(summary.id())
            .orElseThrow(() -> undeliverable(summary.id(), channel, "the case has no person"));
    String address =
        (channel == NoticeChannel.ATTORNEY
                ? addresses.attorneyEmail(personId)
                : addresses.safeEmail(personId))
            .orElseThrow(() -> undeliverable(summary.id(), channel, "no safe address is known"));
    NoticeTemplates.Rendered notice =
        NoticeTemplates.render(
            channel == NoticeChannel.ATTORNEY
                ? NoticeTemplates.Kind.ATTORNEY
                : NoticeTemplates.Kind.EMAIL,
            language,
            summary.reference());
    progress.recordNoticeSent(summary.id(), channel);
    String messageId = mailSender.send(new OutboundMail(address, notice.subject(), notice.body()));
    LOG.info(
        () ->
            "Notice for case "
                + summary.id()
                + " sent by "
                + channel
                + " in "
                + notice.language()
                + ", Message-ID "
                + messageId);
  }

  private void queueLetter(CaseSummary summary, String language) {
    Letter letter =
        new Letter(
            summary.id(),
            NoticeTemplates.letterLanguage(language),
            OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.persist(letter);
    progress.recordNoticeSent(summary.id(), NoticeChannel.LETTER);
    LOG.info(() -> "Notice letter " + letter.id() + " queued for case " + summary.id());
  }

  private static NoticeUndeliverableException undeliverable(
      UUID caseId, NoticeChannel channel, String why) {
    return new NoticeUndeliverableException(
        "Case " + caseId + ": cannot send the notice by " + channel + ": " + why);
  }
}
