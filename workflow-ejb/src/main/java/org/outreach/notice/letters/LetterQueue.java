package org.outreach.notice.letters;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The letters waiting to be printed, and each case's letters as evidence. Queuing is called by
 * dispatch on the engine's threads, under the system identity, and open to any caller ({@link
 * PermitAll}); it handles ids and a language code only. A queued letter is not yet sent: it counts
 * as sent once its batch is marked mailed ({@link PrintBatches#markMailed}).
 */
@Stateless
@PermitAll
public class LetterQueue {

  private static final Logger LOG = Logger.getLogger(LetterQueue.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Queues a letter for a case.
   *
   * @param language the ISO 639-1 code the letter is written in (beside English)
   * @return the letter's id
   */
  public UUID queue(UUID caseId, String language) {
    Letter letter =
        new Letter(
            Objects.requireNonNull(caseId, "caseId"),
            Objects.requireNonNull(language, "language"),
            OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.persist(letter);
    LOG.info(() -> "Notice letter " + letter.id() + " queued for case " + caseId);
    return letter.id();
  }

  /** The case's letters, oldest first. */
  public List<LetterView> lettersOf(UUID caseId) {
    return entityManager
        .createNamedQuery("Letter.findByCase", Letter.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(Letter::view)
        .toList();
  }

  /** The notices printed for the case to be handed over in custody, oldest first. */
  public List<CustodyNoticeView> custodyNoticesOf(UUID caseId) {
    return entityManager
        .createNamedQuery("CustodyNotice.findByCase", CustodyNotice.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(CustodyNotice::view)
        .toList();
  }
}
