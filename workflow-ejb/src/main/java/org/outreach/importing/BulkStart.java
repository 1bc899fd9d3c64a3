package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a case and starts the outreach process for every person an import created who has no case
 * yet, in chunks of {@value #CHUNK} people per transaction, in the background. A failing chunk is
 * counted and skipped; the others go on. Running it again (a retry, after a restart, or on another
 * server once this one fell silent) picks up exactly the people still without a case. The start is
 * claimed in {@link StartRuns} so that it runs on one server at a time, and says it is alive after
 * each chunk; one that finds its claim taken over stops. While it runs, the first steps of the new
 * cases wait (see {@link FirstStepPacing}).
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkStart {

  static final int CHUNK = 200;

  private static final Logger LOG = Logger.getLogger(BulkStart.class.getName());

  @EJB private ImportRecords records;
  @EJB private ChunkStart chunkStart;
  @EJB private StartRuns runs;

  @Asynchronous
  public void run(UUID importId) {
    if (!runs.begin(importId)) {
      return;
    }
    try {
      records.startRunBegins(importId);
      List<UUID> pending = records.peopleWithoutCase(importId);
      LOG.info(() -> "Starting outreach for " + pending.size() + " people of import " + importId);
      for (int from = 0; from < pending.size(); from += CHUNK) {
        List<UUID> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
        try {
          chunkStart.open(List.copyOf(chunk));
        } catch (RuntimeException e) {
          // the exception's text could name what it was working on: log its type only
          LOG.log(
              Level.WARNING,
              "A chunk of {0} people of import {1} failed to start ({2}); retryable",
              new Object[] {chunk.size(), importId, e.getClass().getName()});
          records.chunkFailed(importId, chunk.size());
        }
        if (!runs.alive(importId)) {
          LOG.warning(
              () -> "The start of import " + importId + " was taken over by another server");
          return;
        }
      }
      records.startRunEnded(importId);
      LOG.info(() -> "Start of import " + importId + " finished");
    } finally {
      runs.end(importId);
    }
  }
}
