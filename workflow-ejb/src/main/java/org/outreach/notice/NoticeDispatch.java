package org.outreach.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.UnknownCaseException;
import org.outreach.notice.letters.LetterQueue;
import org.outreach.notice.outbox.EmailOutbox;
import org.outreach.notice.templates.NoticeTexts;
import org.outreach.notice.templates.RenderedText;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateValues;
import org.outreach.registry.NoticeAddresses;

/**
 * Sends a case's notice through one automated channel: an email to the person's safe address, an
 * email to the attorney of record, or a letter queued for printing. An email is written to the
 * outbox in the caller's (the process's) transaction and sent after it commits ({@link
 * EmailOutbox}); it is recorded on the case as sent once the relay accepted it. A letter is
 * recorded as sent when its print batch is marked mailed.
 *
 * <p>An email never carries the notice itself: whoever reads the mailbox may not be the person. It
 * is the approved neutral text ({@link TemplateType#NEUTRAL_EMAIL}) in the person's language, with
 * the case reference and the address of the notice page, which shows the full notice to whoever
 * gives the reference and the person's date of birth. The attorney of record gets the same text in
 * English. Without an approved text nothing is sent: the step fails and waits for an administrator.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class NoticeDispatch {

  @Inject private CaseRecords cases;
  @Inject private NoticeAddresses addresses;
  @Inject private EmailOutbox outbox;
  @Inject private LetterQueue letters;
  @Inject private NoticeTexts texts;

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

  private void mail(CaseSummary summary, NoticeChannel channel, String language) {
    UUID personId =
        cases
            .personOf(summary.id())
            .orElseThrow(() -> undeliverable(summary.id(), channel, "the case has no person"));
    // the address is read again when the message is sent: refused here, nothing is written
    boolean known =
        (channel == NoticeChannel.ATTORNEY
                ? addresses.attorneyEmail(personId)
                : addresses.safeEmail(personId))
            .isPresent();
    if (!known) {
      throw undeliverable(summary.id(), channel, "no safe address is known");
    }
    RenderedText notice =
        texts.render(
            TemplateType.NEUTRAL_EMAIL,
            language,
            TemplateValues.caseReference(summary.reference()));
    outbox.queue(summary.id(), channel, notice);
  }

  /** Queued only: the letter counts as sent once its print batch is marked mailed. */
  private void queueLetter(CaseSummary summary, String language) {
    letters.queue(
        summary.id(), TemplateLanguage.of(language).map(TemplateLanguage::code).orElse("en"));
  }

  private static NoticeUndeliverableException undeliverable(
      UUID caseId, NoticeChannel channel, String why) {
    return new NoticeUndeliverableException(
        "Case " + caseId + ": cannot send the notice by " + channel + ": " + why);
  }
}
