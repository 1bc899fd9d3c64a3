package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.outreach.cluster.ServerLife;

/**
 * Which imports have a bulk start running, on which server, held in the database so that every
 * server sharing it sees the same: one import never has two starts at once, on one server or two; a
 * start whose server stopped or died is taken over by any server once its lease ran out (or at once
 * by the same server when it comes back); and the first steps of new cases wait (see {@link
 * FirstStepPacing}) while any start runs anywhere. Each change in a transaction of its own that
 * first locks the one row of {@code import_start_lock}, so changes take turns across the servers
 * and the suspension of the first steps follows them.
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StartRuns {

  /**
   * How long a run may go without saying it is alive before another server may take it over. A run
   * says so after each chunk of {@value BulkStart#CHUNK} people, which takes well under a second on
   * an idle server and a few seconds on a loaded one; two minutes leave room for a database that
   * stalls, and bound how long a dead server's start waits.
   */
  public static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @EJB private FirstStepPacing pacing;

  /**
   * Claims the start of the import for this server, and holds back the first steps of new cases:
   * false when a start of it runs already (on this server or a live other one). A run of a server
   * that stopped saying it is alive, or of this server's earlier life, is replaced.
   */
  public boolean begin(UUID importId) {
    lock();
    OffsetDateTime now = now();
    ImportStartRun run = entityManager.find(ImportStartRun.class, importId);
    if (run != null) {
      if (live(run, now) && !ServerLife.isEarlierLife(run.node())) {
        return false;
      }
      entityManager.remove(run);
      entityManager.flush();
    }
    entityManager.persist(new ImportStartRun(importId, ServerLife.CURRENT, now));
    pacing.holdFirstSteps();
    return true;
  }

  /**
   * This server's run of the import says it is alive: false when it no longer holds the import
   * (another server took it over while this one was silent), and the run should stop.
   */
  public boolean alive(UUID importId) {
    return entityManager
            .createQuery(
                "UPDATE ImportStartRun r SET r.aliveAt = :now"
                    + " WHERE r.importId = :id AND r.node = :node")
            .setParameter("now", now())
            .setParameter("id", importId)
            .setParameter("node", ServerLife.CURRENT)
            .executeUpdate()
        == 1;
  }

  /**
   * This server's run of the import ended (or failed): its claim is dropped (one taken over by
   * another server is left to it), and the first steps are released when no start runs anywhere.
   */
  public void end(UUID importId) {
    lock();
    entityManager
        .createQuery("DELETE FROM ImportStartRun r WHERE r.importId = :id AND r.node = :node")
        .setParameter("id", importId)
        .setParameter("node", ServerLife.CURRENT)
        .executeUpdate();
    releaseWhenNoneRuns(now());
  }

  /** Whether a start of the import runs on a live server. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean isRunning(UUID importId) {
    ImportStartRun run = entityManager.find(ImportStartRun.class, importId);
    return run != null && live(run, now()) && !ServerLife.isEarlierLife(run.node());
  }

  /**
   * Forgets the runs of dead servers (silent past the lease) and of this server's earlier life,
   * releases the first steps they held when no start runs anywhere then, and answers the imports
   * still starting without a run: the ones to resume, oldest first.
   */
  public List<UUID> abandoned() {
    lock();
    OffsetDateTime now = now();
    boolean forgot = false;
    for (ImportStartRun run :
        entityManager
            .createQuery("SELECT r FROM ImportStartRun r", ImportStartRun.class)
            .getResultList()) {
      if (!live(run, now) || ServerLife.isEarlierLife(run.node())) {
        entityManager.remove(run);
        forgot = true;
      }
    }
    if (forgot) {
      entityManager.flush();
      releaseWhenNoneRuns(now);
    }
    return entityManager
        .createQuery(
            "SELECT i.id FROM PersonImport i WHERE i.state = :state AND NOT EXISTS"
                + " (SELECT r FROM ImportStartRun r WHERE r.importId = i.id)"
                + " ORDER BY i.createdAt",
            UUID.class)
        .setParameter("state", ImportState.STARTING)
        .getResultList();
  }

  /**
   * At this server's start: releases the first steps unless a start runs on a live server, in case
   * the whole cluster stopped in the middle of one.
   */
  public void releaseUnlessRunning() {
    lock();
    releaseWhenNoneRuns(now());
  }

  private void releaseWhenNoneRuns(OffsetDateTime now) {
    long live =
        entityManager
            .createQuery(
                "SELECT COUNT(r) FROM ImportStartRun r WHERE r.aliveAt >= :since", Long.class)
            .setParameter("since", now.minus(LEASE))
            .getSingleResult();
    if (live == 0) {
      pacing.releaseFirstSteps();
    }
  }

  private void lock() {
    entityManager
        .createNativeQuery("SELECT id FROM import_start_lock WHERE id = 1 FOR UPDATE")
        .getResultList();
  }

  private static boolean live(ImportStartRun run, OffsetDateTime now) {
    return run.aliveSince(now.minus(LEASE));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
