package org.outreach.importing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * At start, resumes every bulk start that a stop or crash of the server interrupted: an import
 * still {@link ImportState#STARTING} in the database has no start running after a restart (the
 * running starts are held in memory, {@link StartRuns}), so its remaining people would wait for an
 * administrator's retry. The resumed start opens exactly the people still without a case: a chunk
 * the crash cut off was rolled back whole, and a person has one case at most (a unique key).
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "FirstStepPacing"})
@RolesAllowed("admin")
@RunAs("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartResumption {

  private static final Logger LOG = Logger.getLogger(StartResumption.class.getName());

  @EJB private ImportRecords records;
  @EJB private BulkStart bulkStart;
  @EJB private StartRuns runs;

  @PostConstruct
  void atStart() {
    resumeInterrupted();
  }

  /**
   * Resumes the start of every import left starting; a start running in this server is left alone.
   * Returns the imports asked to resume (each runs in the background).
   */
  public List<UUID> resumeInterrupted() {
    List<UUID> starting = records.starting().stream().filter(id -> !runs.isRunning(id)).toList();
    for (UUID id : starting) {
      LOG.info(() -> "The start of import " + id + " was interrupted by a stop; resuming it");
      bulkStart.run(id);
    }
    return starting;
  }
}
