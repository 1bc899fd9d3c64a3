package org.outreach.notice.letters;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads a print batch and its letters, for the services of this package. */
final class BatchRecords {

  private BatchRecords() {}

  /**
   * @throws UnknownLetterException if there is no such batch
   */
  static PrintBatch batch(EntityManager entityManager, UUID batchId) {
    PrintBatch batch = entityManager.find(PrintBatch.class, batchId);
    if (batch == null) {
      throw new UnknownLetterException("No print batch " + batchId);
    }
    return batch;
  }

  /** The batch's letters in their order. */
  static List<Letter> letters(EntityManager entityManager, UUID batchId) {
    return entityManager
        .createQuery(
            "SELECT l FROM Letter l WHERE l.batchId = :batchId ORDER BY l.batchPosition",
            Letter.class)
        .setParameter("batchId", batchId)
        .getResultList();
  }

  static int unprinted(List<Letter> letters) {
    return (int) letters.stream().filter(l -> l.status().leftUnprinted()).count();
  }
}
