package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.registry.ExposedField;
import org.outreach.registry.OutreachFacts;
import org.outreach.registry.PersonFacts;

/**
 * What the processes record on a case as it moves through the campaign. Each method is one
 * transaction; the ones a retried job could repeat are idempotent (a second call changes nothing,
 * or keeps the first date). Called from job-executor threads under the {@link SystemIdentity
 * system's identity}, and by the staff's services; refuses a caller without identity. It handles
 * ids, enums and dates only.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class CaseProgress {

  private static final Logger LOG = Logger.getLogger(CaseProgress.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private PersonFacts personFacts;

  private final Clock clock = Clock.systemUTC();

  /** One entry of a case's evidence trail. */
  public record Entry(CaseEventKind kind, NoticeChannel channel, OffsetDateTime occurredAt) {}

  /** The proven notice and the end of the removal hold it starts. */
  public record NoticeProof(Instant provenAt, Instant removalHoldEndsAt, boolean first) {}

  /**
   * The facts the processes may see about the case's person, or empty for a case without a person
   * (a demo case), which the processes treat as whereabouts unknown. The person's exposure is added
   * to the case's, so a re-import reaches the case at the next load. A person removed since the
   * last load while the hold stood marks the hold breached and the case urgent.
   */
  public Optional<OutreachFacts> loadFacts(UUID caseId) {
    OutreachCase outreachCase = caseOf(caseId);
    Optional<OutreachFacts> facts = outreachCase.personId().map(personFacts::of);
    if (facts.isPresent() && outreachCase.factsLoaded(facts.get())) {
      record(caseId, CaseEventKind.REMOVAL_HOLD_BREACHED, null);
      LOG.warning(() -> "Removal hold breached on case " + caseId);
    }
    return facts;
  }

  public void recordPriority(UUID caseId, int priority, String reason) {
    caseOf(caseId).prioritise(priority, reason);
  }

  public void recordExposure(UUID caseId, Set<ExposedField> fields) {
    caseOf(caseId).exposed(fields);
  }

  public void placeRemovalHold(UUID caseId) {
    if (caseOf(caseId).placeRemovalHold(now())) {
      record(caseId, CaseEventKind.REMOVAL_HOLD_PLACED, null);
    }
  }

  public void endRemovalHold(UUID caseId) {
    if (caseOf(caseId).endRemovalHold()) {
      record(caseId, CaseEventKind.REMOVAL_HOLD_ENDED, null);
    }
  }

  /** A removal was scheduled while the hold stands: the case becomes urgent. */
  public void flagRemovalDuringHold(UUID caseId) {
    OutreachCase outreachCase = caseOf(caseId);
    outreachCase.markUrgent();
    record(caseId, CaseEventKind.REMOVAL_SCHEDULED_DURING_HOLD, null);
    LOG.warning(() -> "Removal scheduled during the hold on case " + caseId);
  }

  public void recordNoticeSent(UUID caseId, NoticeChannel channel) {
    caseOf(caseId);
    record(caseId, CaseEventKind.NOTICE_SENT, Objects.requireNonNull(channel, "channel"));
  }

  public void recordNoticeAttemptFailed(UUID caseId, NoticeChannel channel) {
    caseOf(caseId);
    record(caseId, CaseEventKind.NOTICE_ATTEMPT_FAILED, channel);
  }

  /**
   * Records that the notice reached the person, now, through {@code channel} (or, when the process
   * does not say, the channel of the last notice sent). The first proof counts: a repeated call
   * returns the stored dates.
   */
  public NoticeProof recordNoticeProven(
      UUID caseId, NoticeChannel channel, Duration removalHoldPeriod) {
    OutreachCase outreachCase = caseOf(caseId);
    if (outreachCase.noticeProvenAt() != null) {
      return new NoticeProof(
          outreachCase.noticeProvenAt().toInstant(),
          outreachCase.removalHoldEndsAt().toInstant(),
          false);
    }
    NoticeChannel proven = channel != null ? channel : lastChannelSent(caseId).orElse(null);
    OffsetDateTime at = now();
    Instant endsAt = CaseDeadlines.removalHoldEndsAt(at.toInstant(), removalHoldPeriod);
    outreachCase.noticeProven(at, proven, endsAt.atOffset(ZoneOffset.UTC));
    record(caseId, CaseEventKind.NOTICE_PROVEN, proven);
    return new NoticeProof(at.toInstant(), endsAt, true);
  }

  public void recordLocateAttempt(UUID caseId) {
    caseOf(caseId);
    record(caseId, CaseEventKind.LOCATE_ATTEMPT, null);
  }

  public void recordCustodyReview(UUID caseId, CustodyReviewOutcome outcome) {
    caseOf(caseId).custodyReviewed(outcome);
    record(caseId, CaseEventKind.CUSTODY_REVIEWED, null);
  }

  /** The notice date the court deadlines count from, if the notice is proven. */
  public Optional<Instant> noticeProvenAt(UUID caseId) {
    return Optional.ofNullable(caseOf(caseId).noticeProvenAt()).map(OffsetDateTime::toInstant);
  }

  public void recordCourtDeadline(UUID caseId, Instant deadline) {
    caseOf(caseId).courtFilingDue(deadline.atOffset(ZoneOffset.UTC));
    record(caseId, CaseEventKind.COURT_DEADLINE_SET, null);
  }

  public void recordCourtReminderSent(UUID caseId) {
    caseOf(caseId).courtFilingReminded();
    record(caseId, CaseEventKind.COURT_REMINDER_SENT, null);
  }

  public void recordCourtNoticeFiled(UUID caseId) {
    if (caseOf(caseId).courtNoticeFiled(now())) {
      record(caseId, CaseEventKind.COURT_NOTICE_FILED, null);
    }
  }

  public void recordReturn(UUID caseId, ReturnOutcome outcome) {
    caseOf(caseId).returnEnded(outcome);
    record(caseId, CaseEventKind.RETURN_RECORDED, null);
  }

  public void recordTaskEscalated(UUID caseId) {
    caseOf(caseId);
    record(caseId, CaseEventKind.TASK_ESCALATED, null);
  }

  /**
   * Closes the case with its outcome; again with the same outcome changes nothing.
   *
   * @throws IllegalStateException if the case is closed with another outcome already
   */
  public void close(UUID caseId, CaseOutcome outcome) {
    if (caseOf(caseId).close(outcome, now())) {
      record(caseId, CaseEventKind.CASE_CLOSED, null);
      LOG.info(() -> "Closed case " + caseId + " with " + outcome);
    }
  }

  /** The case's evidence trail, oldest first. */
  public List<Entry> trailOf(UUID caseId) {
    return entityManager
        .createNamedQuery("CaseEvent.findByCase", CaseEvent.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(e -> new Entry(e.kind(), e.channel(), e.occurredAt()))
        .toList();
  }

  private Optional<NoticeChannel> lastChannelSent(UUID caseId) {
    List<Entry> trail = trailOf(caseId);
    for (int i = trail.size() - 1; i >= 0; i--) {
      if (trail.get(i).kind() == CaseEventKind.NOTICE_SENT) {
        return Optional.ofNullable(trail.get(i).channel());
      }
    }
    return Optional.empty();
  }

  private void record(UUID caseId, CaseEventKind kind, NoticeChannel channel) {
    entityManager.persist(new CaseEvent(caseId, kind, channel, now()));
  }

  /**
   * The case, locked for this transaction: steps of a case's processes run on several job threads
   * at once (the hold, court access, follow-up), and each waits for the other instead of failing on
   * a stale version.
   */
  private OutreachCase caseOf(UUID caseId) {
    Objects.requireNonNull(caseId, "caseId");
    OutreachCase outreachCase = entityManager.find(OutreachCase.class, caseId);
    if (outreachCase == null) {
      throw new UnknownCaseException(caseId);
    }
    // re-read under the lock: the transaction may hold an older copy (read before a job thread
    // changed the case), and locking that copy would fail on its stale version
    entityManager.refresh(outreachCase, LockModeType.PESSIMISTIC_WRITE);
    return outreachCase;
  }

  /**
   * Now, to the millisecond: process variables carry dates as {@code java.util.Date}, so the case
   * and the processes hold the very same instant.
   */
  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
