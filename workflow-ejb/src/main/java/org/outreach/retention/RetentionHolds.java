package org.outreach.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.engine.EngineClock;

/**
 * Holds that keep a case past the retention period, placed and lifted by supervisors and
 * administrators, each change audited. The retention job leaves a held case alone, however long it
 * has been closed; lifting the hold lets the next night's job erase it if it is due.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class RetentionHolds {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** The case's hold, if one stands. */
  public Optional<RetentionHoldView> of(UUID caseId) {
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    return Optional.ofNullable(entityManager.find(RetentionHold.class, caseId))
        .map(hold -> hold.view(summary.reference()));
  }

  /**
   * Keeps the case past the retention period for the reason given. A hold standing already is kept
   * as it was (placed twice, as by a repeated submit, it is placed once).
   *
   * @return the hold that stands
   * @throws UnknownCaseException when there is no such case
   * @throws InvalidRetentionHoldException when no reason is given or the case is erased already
   */
  public RetentionHoldView place(UUID caseId, RetentionHoldReason reason) {
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    if (reason == null) {
      throw new InvalidRetentionHoldException(InvalidRetentionHoldException.Rule.REASON_REQUIRED);
    }
    // an erasure running meanwhile ends first, and the hold then finds the case erased
    CaseRowLock.lock(entityManager, caseId);
    if (entityManager.find(ErasedCase.class, caseId) != null) {
      throw new InvalidRetentionHoldException(InvalidRetentionHoldException.Rule.ALREADY_ERASED);
    }
    RetentionHold standing = entityManager.find(RetentionHold.class, caseId);
    if (standing != null) {
      return standing.view(summary.reference());
    }
    String caller = session.getCallerPrincipal().getName();
    RetentionHold hold =
        new RetentionHold(
            caseId, reason, caller, OffsetDateTime.ofInstant(EngineClock.now(), ZoneOffset.UTC));
    entityManager.persist(hold);
    audit(caller, caseId, AuditAction.PLACE_RETENTION_HOLD, reason.name());
    return hold.view(summary.reference());
  }

  /**
   * Lifts the case's hold; the next retention job erases the case if it is due. Lifting a case
   * without a hold changes nothing.
   *
   * @return whether a hold was lifted
   * @throws UnknownCaseException when there is no such case
   */
  public boolean lift(UUID caseId) {
    cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    RetentionHold hold = entityManager.find(RetentionHold.class, caseId);
    if (hold == null) {
      return false;
    }
    entityManager.remove(hold);
    audit(session.getCallerPrincipal().getName(), caseId, AuditAction.LIFT_RETENTION_HOLD, null);
    return true;
  }

  /** A page of the holds standing, the latest placed first. */
  public List<RetentionHoldView> page(int first, int max) {
    if (first < 0 || max < 1) {
      throw new IllegalArgumentException("first must be 0 or more and max 1 or more");
    }
    List<RetentionHold> holds =
        entityManager
            .createNamedQuery("RetentionHold.latestFirst", RetentionHold.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    Map<UUID, String> references =
        cases.referencesOf(holds.stream().map(RetentionHold::caseId).toList());
    return holds.stream()
        .map(hold -> hold.view(references.getOrDefault(hold.caseId(), "")))
        .toList();
  }

  /** How many holds stand. */
  public long count() {
    return entityManager.createNamedQuery("RetentionHold.count", Long.class).getSingleResult();
  }

  private void audit(String caller, UUID caseId, AuditAction action, String reason) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            cases.personOf(caseId).orElse(null),
            caseId,
            action,
            AccessPurpose.SUPERVISION,
            reason == null ? null : "reason:" + reason));
  }
}
