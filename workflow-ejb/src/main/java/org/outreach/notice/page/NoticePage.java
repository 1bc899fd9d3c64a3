package org.outreach.notice.page;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseReference;
import org.outreach.cases.CaseSummary;
import org.outreach.notice.delivery.NoticePageReplies;
import org.outreach.notice.templates.NoApprovedTextException;
import org.outreach.notice.templates.NoticeSettings;
import org.outreach.notice.templates.NoticeTexts;
import org.outreach.notice.templates.RenderedText;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateValues;
import org.outreach.privacy.BlindIndex;
import org.outreach.registry.NoticeAddresses;
import org.outreach.registry.PersonFacts;

/**
 * The public notice page's rules. The neutral email gives a person their case reference and this
 * page's address; the page asks for the reference and the person's date of birth and shows the full
 * notice (the approved text in their language, then in English) only when both belong together.
 *
 * <p>Guessing is slowed by counting failed tries per reference and per visitor address (kept as a
 * keyed index, never as typed) within the windows of {@link NoticeSettings}: once either count is
 * reached the page answers {@link PageAnswer.TooManyTries} even to a right answer. A wrong date, an
 * unknown reference and a malformed one are answered alike. Every comparison of a date and every
 * notice shown or confirmed is audited on the person with the actor {@value #ACTOR}. Visitors are
 * not logged in, hence {@link PermitAll}; nothing here reads more of the person than the keyed
 * index of the date of birth and the language.
 */
@Stateless
@PermitAll
@RunAs(SystemIdentity.ROLE)
public class NoticePage {

  /** Who the audit trail names for what the page does. */
  public static final String ACTOR = "notice-page";

  private static final Logger LOG = Logger.getLogger(NoticePage.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private NoticeAddresses addresses;
  @Inject private PersonFacts facts;
  @Inject private NoticeTexts texts;
  @Inject private NoticePageReplies replies;
  @Inject private BlindIndex blindIndex;

  /**
   * The notice of the case {@code reference} names, when {@code dateOfBirth} is its person's.
   *
   * @param clientAddress the visitor's network address, for counting failed tries
   */
  public PageAnswer open(String reference, LocalDate dateOfBirth, String clientAddress) {
    Outcome outcome = check(reference, dateOfBirth, clientAddress);
    if (outcome.answer() != null) {
      return outcome.answer();
    }
    CaseSummary found = outcome.found();
    UUID personId = outcome.personId();
    String language = facts.of(personId).language();
    try {
      List<PageText> shown = render(found.reference(), language);
      entityManager.persist(
          AuditEvent.onPersonOfCase(
              ACTOR,
              personId,
              found.id(),
              AuditAction.SHOW_NOTICE_PAGE,
              AccessPurpose.NOTICE_DELIVERY));
      return new PageAnswer.Shown(found.reference(), shown);
    } catch (NoApprovedTextException e) {
      LOG.warning(() -> "Notice page: no approved notice text to show for case " + found.id());
      return new PageAnswer.NoText();
    }
  }

  /**
   * The visitor confirms having read the notice: recorded as a reply of the case and told to the
   * case's processes as an acknowledgement, after the reference and date are checked again.
   */
  public PageAnswer acknowledge(String reference, LocalDate dateOfBirth, String clientAddress) {
    Outcome outcome = check(reference, dateOfBirth, clientAddress);
    if (outcome.answer() != null) {
      return outcome.answer();
    }
    CaseSummary found = outcome.found();
    entityManager.persist(
        AuditEvent.onPersonOfCase(
            ACTOR,
            outcome.personId(),
            found.id(),
            AuditAction.ACKNOWLEDGE_NOTICE_PAGE,
            AccessPurpose.NOTICE_DELIVERY));
    boolean counted = replies.acknowledged(found.id(), ACTOR);
    LOG.info(
        () ->
            "Notice page: the notice of case "
                + found.id()
                + " was confirmed as read"
                + (counted ? "" : "; no process waited for it"));
    return new PageAnswer.Acknowledged(counted);
  }

  private Outcome check(String typedReference, LocalDate dateOfBirth, String clientAddress) {
    NoticeSettings settings = NoticeSettings.current();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String addressKey = blindIndex.clientAddress(clientAddress == null ? "" : clientAddress);
    Optional<CaseReference> reference = CaseReference.parse(typedReference);
    long fromAddress =
        entityManager
            .createNamedQuery("NoticePageTry.countForAddress", Long.class)
            .setParameter("addressKey", addressKey)
            .setParameter("since", now.minus(settings.pageAddressWindow()))
            .getSingleResult();
    long forReference =
        reference.isEmpty()
            ? 0
            : entityManager
                .createNamedQuery("NoticePageTry.countForReference", Long.class)
                .setParameter("reference", reference.get().value())
                .setParameter("since", now.minus(settings.pageReferenceWindow()))
                .getSingleResult();
    if (fromAddress >= settings.pageFailuresPerAddress()
        || forReference >= settings.pageFailuresPerReference()) {
      LOG.info("Notice page: a visitor reached the limit of failed tries");
      return Outcome.answered(new PageAnswer.TooManyTries());
    }
    Optional<CaseSummary> found =
        dateOfBirth == null ? Optional.empty() : reference.flatMap(cases::findByReference);
    Optional<UUID> personId = found.flatMap(summary -> cases.personOf(summary.id()));
    if (personId.isEmpty() || !addresses.dateOfBirthMatches(personId.get(), dateOfBirth, ACTOR)) {
      entityManager.persist(
          new NoticePageTry(reference.map(CaseReference::value).orElse(null), addressKey, now));
      return Outcome.answered(new PageAnswer.NotMatched());
    }
    return new Outcome(null, found.get(), personId.get());
  }

  private List<PageText> render(String reference, String language) {
    TemplateValues values = TemplateValues.caseReference(reference);
    RenderedText own = texts.render(TemplateType.NOTICE, language, values);
    List<PageText> shown = new ArrayList<>(2);
    shown.add(pageText(own));
    if (own.language() != TemplateLanguage.EN) {
      shown.add(pageText(texts.render(TemplateType.NOTICE, TemplateLanguage.EN.code(), values)));
    }
    return shown;
  }

  private static PageText pageText(RenderedText text) {
    return new PageText(
        text.language().code(),
        text.language().rightToLeft(),
        text.subject(),
        Arrays.stream(text.body().strip().split("\\n\\s*\\n")).map(String::strip).toList());
  }

  private record Outcome(PageAnswer answer, CaseSummary found, UUID personId) {
    static Outcome answered(PageAnswer answer) {
      return new Outcome(answer, null, null);
    }
  }
}
