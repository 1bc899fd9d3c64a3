package org.outreach.custody;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.UnknownCaseException;

/**
 * A detained person's release from detention, recorded on their case once the custody review was
 * taken: the custody review process asks for release but cannot see it happen, so whoever learns of
 * it (from the facility, counsel or the person) records the day. Once per case; audited ({@code
 * RECORD_CUSTODY_RELEASE}), on the case's timeline, counted by the campaign funnel.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CustodyReleases {

  private static final Logger LOG = Logger.getLogger(CustodyReleases.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /**
   * The day of the case's custody review when its person's release is not recorded yet; empty when
   * there is no review or the release is recorded.
   *
   * @throws UnknownCaseException if there is no such case or the caller may not open it
   */
  public Optional<LocalDate> awaitingRelease(UUID caseId) {
    caseAccess.requireVisible(Objects.requireNonNull(caseId, "caseId"));
    if (entityManager.find(CustodyRelease.class, caseId) != null) {
      return Optional.empty();
    }
    return reviewedOn(caseId);
  }

  /**
   * Records that the case's person was released from detention on {@code releasedOn}.
   *
   * @throws InvalidCustodyReleaseException naming the rule; nothing was written
   * @throws UnknownCaseException if there is no such case or the caller may not open it
   */
  public void recordRelease(UUID caseId, LocalDate releasedOn) {
    caseAccess.requireVisible(Objects.requireNonNull(caseId, "caseId"));
    LocalDate reviewedOn =
        reviewedOn(caseId)
            .orElseThrow(
                () ->
                    new InvalidCustodyReleaseException(
                        InvalidCustodyReleaseException.Rule.NOT_REVIEWED));
    if (entityManager.find(CustodyRelease.class, caseId) != null) {
      throw new InvalidCustodyReleaseException(
          InvalidCustodyReleaseException.Rule.ALREADY_RECORDED);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CustodyReviewRules.checkRelease(releasedOn, reviewedOn, now);
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(new CustodyRelease(caseId, releasedOn, caller, now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RECORD_CUSTODY_RELEASE,
            AccessPurpose.CASEWORK,
            null));
    LOG.info(() -> "Release from detention recorded on case " + caseId);
  }

  private Optional<LocalDate> reviewedOn(UUID caseId) {
    return Optional.ofNullable(
        entityManager
            .createQuery(
                "SELECT MAX(r.decidedOn) FROM CustodyReview r WHERE r.caseId = :caseId",
                LocalDate.class)
            .setParameter("caseId", caseId)
            .getSingleResult());
  }
}
