package org.outreach.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.campaign.RetentionSettings;
import org.outreach.cluster.Leases;
import org.outreach.engine.EngineClock;

/**
 * Every night at 02:30 (server time), erases the personal data of every case closed longer than the
 * retention period ({@link RetentionSettings}), one transaction per case, by the engine's clock. A
 * case one of whose processes still runs is kept and tried again the next night; a case whose
 * erasure fails is logged by reference-free id and tried again the next night.
 */
@Singleton
@SystemService
@PermitAll
@RunAs(SystemIdentity.ROLE)
public class RetentionSweep {

  /** How many cases one look at the due cases fetches. */
  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

  /** The lease under which one server of a cluster sweeps. */
  static final String LEASE = "retention-sweep";

  /**
   * Longer than a sweep takes: the other servers, waking at the same hour, find it held and leave
   * the night's sweep to its holder.
   */
  static final Duration LEASE_LENGTH = Duration.ofHours(6);

  @Inject private ClosedCaseErasure erasure;
  @Inject private Leases leases;

  /** One sweep at a time on this node. */
  private final ReentrantLock sweeping = new ReentrantLock();

  /**
   * What one sweep did.
   *
   * @param closedBefore cases closed before this instant were due
   * @param erased how many cases it erased
   * @param kept how many due cases it kept because a process of theirs still runs
   * @param failed how many erasures failed (rolled back; tried again on the next sweep)
   */
  public record Sweep(Instant closedBefore, int erased, int kept, int failed) {}

  @Schedule(hour = "2", minute = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onSchedule() {
    try {
      sweep(EngineClock.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention sweep failed: " + e.getClass().getName());
    }
  }

  /** Sweeps as of {@code now}, after the sweep running, if any, has ended. */
  @RolesAllowed(SystemIdentity.ROLE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Sweep sweep(Instant now) {
    sweeping.lock();
    try {
      return sweepNow(now);
    } finally {
      sweeping.unlock();
    }
  }

  private Sweep sweepNow(Instant now) {
    Instant closedBefore = RetentionSettings.current().closedBefore(now);
    if (!leases.hold(LEASE, LEASE_LENGTH)) {
      LOG.info("Retention sweep left to the server that holds it");
      return new Sweep(closedBefore, 0, 0, 0);
    }
    Set<UUID> tried = new HashSet<>();
    int erased = 0;
    int kept = 0;
    int failed = 0;
    while (true) {
      // cases kept or failed stay due: look past them
      List<UUID> due =
          erasure.due(closedBefore, tried.size() + BATCH).stream()
              .filter(id -> !tried.contains(id))
              .toList();
      if (due.isEmpty()) {
        break;
      }
      for (UUID caseId : due) {
        tried.add(caseId);
        try {
          if (erasure.erase(caseId, closedBefore, now).isPresent()) {
            erased++;
          } else {
            kept++;
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.log(
              Level.WARNING,
              "Erasing case " + caseId + " failed: " + e.getClass().getName() + "; tried again");
        }
      }
    }
    Sweep sweep = new Sweep(closedBefore, erased, kept, failed);
    LOG.info(() -> "Retention sweep: " + sweep);
    return sweep;
  }
}
