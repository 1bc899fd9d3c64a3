package org.outreach.importing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes every bulk start that a stop or crash interrupted, on whichever server notices first: at
 * this server's start (its own earlier runs are dead then) and every minute (a run of another
 * server that has not said it is alive for {@link StartRuns#LEASE}). An import still {@link
 * ImportState#STARTING} without a live run would otherwise wait for an administrator's retry. The
 * resumed start opens exactly the people still without a case: a chunk the crash cut off was rolled
 * back whole, and a person has one case at most (a unique key). Every server runs the sweep; the
 * runs' claims in the database let one of them resume each start.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@RolesAllowed("admin")
@RunAs("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartResumption {

  private static final Logger LOG = Logger.getLogger(StartResumption.class.getName());

  @EJB private BulkStart bulkStart;
  @EJB private StartRuns runs;

  @PostConstruct
  void atStart() {
    resumeInterrupted();
    runs.releaseUnlessRunning();
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  void everyMinute() {
    try {
      resumeInterrupted();
    } catch (RuntimeException e) {
      // the next minute tries again; the exception's text could name what it was working on
      LOG.log(Level.WARNING, "Resuming interrupted starts failed ({0})", e.getClass().getName());
    }
  }

  /**
   * Resumes the start of every import left starting without a live run (each runs in the
   * background, and begins only where no other server began it meanwhile). Returns the imports
   * asked to resume.
   */
  public List<UUID> resumeInterrupted() {
    List<UUID> abandoned = runs.abandoned();
    for (UUID id : abandoned) {
      LOG.info(() -> "The start of import " + id + " was interrupted by a stop; resuming it");
      bulkStart.run(id);
    }
    return abandoned;
  }
}
