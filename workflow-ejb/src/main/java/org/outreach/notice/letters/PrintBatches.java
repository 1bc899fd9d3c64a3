package org.outreach.notice.letters;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.NoticeChannel;

/**
 * A day's letters for the mail house: one merged PDF and a manifest per batch. Creating a batch
 * renders every waiting letter (a chunk per transaction, on as many threads as {@link
 * LetterSettings#renderThreads()} gives, each taking every n-th letter); downloading its PDF is
 * audited for every person in it, since it holds their names and addresses; marking it mailed is
 * what makes each of its letters count as sent on its case. Supervisors and administrators only.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class PrintBatches {

  /** Letters rendered per transaction. */
  static final int CHUNK = 50;

  private static final Logger LOG = Logger.getLogger(PrintBatches.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private PrintSteps steps;
  @Resource private ManagedExecutorService executor;
  @Inject private CaseProgress progress;
  @Resource private SessionContext session;

  /**
   * Prints every letter waiting into a batch of today, or finishes a batch left unfinished.
   *
   * @throws LetterStateException if no letter is waiting
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BatchView createToday() {
    UUID batchId = steps.open(LocalDate.now(LetterSettings.current().zone()));
    int shares = LetterSettings.renderThreads();
    List<Future<?>> rendering = new ArrayList<>();
    for (int share = 1; share < shares; share++) {
      int mine = share;
      rendering.add(executor.submit(() -> render(batchId, mine, shares)));
    }
    render(batchId, 0, shares);
    for (Future<?> other : rendering) {
      awaitRendered(other);
    }
    BatchView batch = steps.finish(batchId);
    LOG.info(
        () ->
            "Print batch "
                + batch.name()
                + " printed: "
                + batch.letters()
                + " letters, "
                + batch.pages()
                + " pages, "
                + batch.unprinted()
                + " left unprinted");
    return batch;
  }

  /** Renders one share of the batch a chunk at a time, each chunk committed on its own. */
  private void render(UUID batchId, int share, int shares) {
    while (steps.renderNext(batchId, CHUNK, share, shares) > 0) {
      // the next chunk
    }
  }

  /**
   * Waits for another thread's share; its failure is this request's (the chunks done stay done, and
   * the next request finishes the batch).
   */
  private static void awaitRendered(Future<?> share) {
    try {
      share.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LetterStateException(
          "Printing the batch was interrupted; print again to finish it");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("A share of the batch failed", e.getCause());
    }
  }

  /** How many letters wait for the next batch. */
  public long waiting() {
    return entityManager
        .createQuery(
            "SELECT COUNT(l) FROM Letter l WHERE l.status = :status AND l.batchId IS NULL",
            Long.class)
        .setParameter("status", LetterStatus.QUEUED)
        .getSingleResult();
  }

  /** The most recent batches, newest first. */
  public List<BatchView> recent(int limit) {
    return entityManager
        .createNamedQuery("PrintBatch.findRecent", PrintBatch.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(b -> b.view(BatchRecords.unprinted(BatchRecords.letters(entityManager, b.id()))))
        .toList();
  }

  /**
   * @throws UnknownLetterException if there is no such batch
   */
  public BatchView batch(UUID batchId) {
    return BatchRecords.batch(entityManager, batchId)
        .view(BatchRecords.unprinted(BatchRecords.letters(entityManager, batchId)));
  }

  /** The batch's letters, in print order. */
  public List<LetterView> letters(UUID batchId) {
    BatchRecords.batch(entityManager, batchId);
    return BatchRecords.letters(entityManager, batchId).stream().map(Letter::view).toList();
  }

  /**
   * Writes the batch's letters as one PDF to {@code out}, in print order. Every person in it gets
   * an audit event naming the caller before a byte is written, so an interrupted download is
   * recorded too.
   *
   * @throws UnknownLetterException if there is no such batch
   * @throws LetterStateException if it is not printed yet or holds no printed letter
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BatchView writeDocument(UUID batchId, OutputStream out) {
    BatchView batch = steps.recordDownload(batchId);
    try (PdfMerging merged = new PdfMerging(out)) {
      int after = 0;
      while (true) {
        PrintSteps.Documents chunk = steps.documents(batchId, after, CHUNK);
        if (chunk.pdfs().isEmpty()) {
          break;
        }
        chunk.pdfs().forEach(merged::add);
        after = chunk.lastPosition();
      }
    }
    LOG.info(
        () ->
            "Print batch " + batch.name() + " handed to " + session.getCallerPrincipal().getName());
    return batch;
  }

  /**
   * The mail house's manifest (CSV): per printed letter its place in the batch, its id (printed in
   * its footer), its first page in the merged PDF, its pages and sheets. No name, no address.
   */
  public String manifest(UUID batchId) {
    PrintBatch batch = BatchRecords.batch(entityManager, batchId);
    if (batch.status() == BatchStatus.RENDERING) {
      throw new LetterStateException("Batch " + batchId + " is not rendered yet");
    }
    StringBuilder csv = new StringBuilder("batch,sequence,letter_id,first_page,pages,sheets\r\n");
    int sequence = 0;
    int page = 1;
    for (Letter letter : BatchRecords.letters(entityManager, batchId)) {
      if (letter.status().leftUnprinted()) {
        continue;
      }
      sequence++;
      csv.append(batch.name())
          .append(',')
          .append(sequence)
          .append(',')
          .append(letter.id())
          .append(',')
          .append(page)
          .append(',')
          .append(letter.pages())
          .append(',')
          .append((letter.pages() + 1) / 2)
          .append("\r\n");
      page += letter.pages();
    }
    return csv.toString();
  }

  /**
   * The mail house posted the batch: each of its letters is mailed and counts as the case's notice
   * sent by letter, now.
   *
   * @throws LetterStateException if the batch is not printed yet or already mailed
   */
  public BatchView markMailed(UUID batchId) {
    PrintBatch batch = BatchRecords.batch(entityManager, batchId);
    if (batch.status() != BatchStatus.PRINTED) {
      throw new LetterStateException(
          "Batch "
              + batchId
              + (batch.status() == BatchStatus.MAILED
                  ? " is marked mailed already"
                  : " is not rendered yet"));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    batch.mailed(now, session.getCallerPrincipal().getName());
    List<Letter> letters = BatchRecords.letters(entityManager, batchId);
    for (Letter letter : letters) {
      if (letter.status() == LetterStatus.PRINTED) {
        letter.mailed(now);
        progress.recordNoticeSent(letter.caseId(), NoticeChannel.LETTER);
      }
    }
    LOG.info(() -> "Print batch " + batch.name() + " marked mailed");
    return batch.view(BatchRecords.unprinted(letters));
  }
}
