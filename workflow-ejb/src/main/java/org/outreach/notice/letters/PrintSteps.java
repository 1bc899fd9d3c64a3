package org.outreach.notice.letters;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.NoticeChannel;
import org.outreach.correlation.CaseEvents;
import org.outreach.notice.refusals.DispatchRefusals;
import org.outreach.notice.templates.NoticeTexts;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateValues;
import org.outreach.privacy.FieldCipher;
import org.outreach.recipients.OfficialRecipients;
import org.outreach.recipients.RecipientClass;
import org.outreach.registry.NoticeAddresses;

/**
 * The steps of printing a batch, each in a transaction of its own so that a batch of thousands of
 * letters is rendered a chunk at a time: a failure keeps the chunks before it, and the next request
 * carries on with the rest. Only {@link PrintBatches} calls them.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PrintSteps {

  private static final Logger LOG = Logger.getLogger(PrintSteps.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private NoticeAddresses addresses;
  @Inject private NoticeTexts texts;
  @Inject private CaseEvents caseEvents;
  @Inject private FieldCipher cipher;
  @Inject private DispatchRefusals refusals;
  @Resource private SessionContext session;

  private final LetterRenderer renderer = new LetterRenderer(LetterFonts.shared());

  /** A chunk of a batch's documents, decrypted, and the position of the last one. */
  public record Documents(List<byte[]> pdfs, int lastPosition) {}

  /**
   * The batch to render: one left unfinished, else a new one of today with every letter waiting.
   *
   * @throws LetterStateException if no letter is waiting and no batch is unfinished
   */
  public UUID open(LocalDate today) {
    List<PrintBatch> unfinished =
        entityManager
            .createNamedQuery("PrintBatch.findUnfinished", PrintBatch.class)
            .setMaxResults(1)
            .getResultList();
    if (!unfinished.isEmpty()) {
      return unfinished.get(0).id();
    }
    List<Letter> waiting =
        entityManager
            .createNamedQuery("Letter.findWaiting", Letter.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (waiting.isEmpty()) {
      throw new LetterStateException("No letter is waiting to be printed");
    }
    Integer last =
        entityManager
            .createNamedQuery("PrintBatch.lastNumberOfDay", Integer.class)
            .setParameter("date", today)
            .getSingleResult();
    PrintBatch batch = new PrintBatch(today, last == null ? 1 : last + 1, now(), actor());
    entityManager.persist(batch);
    for (int i = 0; i < waiting.size(); i++) {
      waiting.get(i).assign(batch.id(), i + 1);
    }
    LOG.info(() -> "Print batch " + batch.name() + " opened with " + waiting.size() + " letters");
    return batch.id();
  }

  /**
   * Renders the next {@code limit} letters still waiting of the batch's share {@code share} of
   * {@code shares} (the letters whose place in the batch leaves that remainder), so that several
   * threads render one batch without taking the same letter. A letter whose case has no person with
   * a safe postal address any more, or whose address reaches a government or a consulate (recorded
   * as a refused notice), is not printed, and its process is told the letter came back, so it tries
   * the next channel.
   *
   * @return how many letters were handled; 0 when none waits
   */
  public int renderNext(UUID batchId, int limit, int share, int shares) {
    List<Letter> letters =
        entityManager
            .createNamedQuery("Letter.findShareInBatch", Letter.class)
            .setParameter("batchId", batchId)
            .setParameter("status", LetterStatus.QUEUED)
            .setParameter("share", share)
            .setParameter("shares", shares)
            .setMaxResults(limit)
            .getResultList();
    LocalDate today = BatchRecords.batch(entityManager, batchId).view(0).printDate();
    LetterSettings settings = LetterSettings.current();
    for (Letter letter : letters) {
      print(letter, today, settings);
    }
    return letters.size();
  }

  private void print(Letter letter, LocalDate date, LetterSettings settings) {
    Optional<UUID> person = cases.personOf(letter.caseId());
    Optional<String> address = person.flatMap(addresses::safePostalAddress);
    if (address.isEmpty()) {
      letter.noAddress(now());
      caseEvents.noticeReturned(letter.caseId());
      LOG.info(
          () ->
              "Letter "
                  + letter.id()
                  + " not printed: case "
                  + letter.caseId()
                  + " has no safe postal address");
      return;
    }
    Optional<RecipientClass> official = officialRecipients().ofPostalAddress(address.get());
    if (official.isPresent()) {
      letter.refused(now());
      refusals.record(letter.caseId(), NoticeChannel.LETTER, official.get(), letter.id());
      caseEvents.noticeReturned(letter.caseId());
      return;
    }
    CaseSummary summary = cases.find(letter.caseId()).orElseThrow();
    List<LetterText> wording =
        LetterWording.of(
            texts,
            TemplateType.NOTICE,
            letter.language(),
            TemplateValues.caseReference(summary.reference()));
    RenderedDocument rendered =
        renderer.render(
            new LetterContent(
                letter.id().toString(),
                summary.reference(),
                date,
                settings.returnAddress(),
                addresses.recipientName(person.get()),
                List.of(address.get()),
                wording));
    entityManager.persist(
        new LetterDocument(letter.id(), cipher.encryptFile(rendered.pdf(), aad(letter.id()))));
    letter.printed(
        wording.get(0).version(),
        LetterWording.englishVersion(wording),
        rendered.sha256(),
        rendered.pages(),
        now());
  }

  /**
   * The list of addresses refused, as the server's settings have it now; a malformed setting stops
   * the batch (no letter of the chunk is printed) with a message naming it.
   */
  private static OfficialRecipients officialRecipients() {
    try {
      return OfficialRecipients.current();
    } catch (IllegalStateException e) {
      throw new LetterStateException(e.getMessage());
    }
  }

  /** Marks the batch printed once no letter of it waits; its counts come from its letters. */
  public BatchView finish(UUID batchId) {
    PrintBatch batch = BatchRecords.batch(entityManager, batchId);
    List<Letter> letters = BatchRecords.letters(entityManager, batchId);
    int printed = 0;
    int pages = 0;
    int unprinted = 0;
    for (Letter letter : letters) {
      switch (letter.status()) {
        case QUEUED -> throw new LetterStateException("Batch " + batchId + " is not rendered yet");
        case NO_ADDRESS, REFUSED -> unprinted++;
        default -> {
          printed++;
          pages += letter.pages();
        }
      }
    }
    if (batch.status() == BatchStatus.RENDERING) {
      batch.printed(printed, pages);
    }
    return batch.view(unprinted);
  }

  /**
   * Records that the caller is handed the batch's document: one event for each person in it.
   *
   * @throws LetterStateException if the batch has no printed letter to hand out
   */
  public BatchView recordDownload(UUID batchId) {
    PrintBatch batch = BatchRecords.batch(entityManager, batchId);
    if (batch.status() == BatchStatus.RENDERING) {
      throw new LetterStateException("Batch " + batchId + " is not rendered yet");
    }
    String actor = actor();
    int printed = 0;
    int unprinted = 0;
    for (Letter letter : BatchRecords.letters(entityManager, batchId)) {
      if (letter.status().leftUnprinted()) {
        unprinted++;
        continue;
      }
      printed++;
      UUID caseId = letter.caseId();
      cases
          .personOf(caseId)
          .ifPresent(
              person ->
                  entityManager.persist(
                      AuditEvent.onPersonOfCase(
                          actor,
                          person,
                          caseId,
                          AuditAction.DOWNLOAD_LETTER,
                          AccessPurpose.NOTICE_DELIVERY)));
    }
    if (printed == 0) {
      throw new LetterStateException("Batch " + batchId + " has no printed letter");
    }
    return batch.view(unprinted);
  }

  /** The next printed letters' documents after {@code afterPosition}, decrypted, in order. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Documents documents(UUID batchId, int afterPosition, int limit) {
    List<Letter> letters =
        entityManager
            .createNamedQuery("Letter.findPrintedInBatch", Letter.class)
            .setParameter("batchId", batchId)
            .setParameter("after", afterPosition)
            .setMaxResults(limit)
            .getResultList();
    if (letters.isEmpty()) {
      return new Documents(List.of(), afterPosition);
    }
    Map<UUID, LetterDocument> stored =
        entityManager
            .createNamedQuery("LetterDocument.findByLetters", LetterDocument.class)
            .setParameter("letterIds", letters.stream().map(Letter::id).toList())
            .getResultStream()
            .collect(Collectors.toMap(LetterDocument::letterId, Function.identity()));
    List<byte[]> pdfs = new ArrayList<>(letters.size());
    for (Letter letter : letters) {
      LetterDocument document = stored.get(letter.id());
      // the retention job erases the letters of cases closed long ago: a batch printed before
      // comes back without them
      if (document != null) {
        pdfs.add(cipher.decryptFile(document.content(), aad(letter.id())));
      }
    }
    return new Documents(pdfs, letters.get(letters.size() - 1).batchPosition());
  }

  static String aad(UUID letterId) {
    return FieldCipher.associatedData("LetterDocument", "content", letterId.toString());
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
