package org.outreach.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CampaignFunnel;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseStatus;
import org.outreach.cases.CaseSummary;
import org.outreach.privacy.PersonalRecords;
import org.outreach.privacy.PersonalRecords.Erasure;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.RemovalTiming;
import org.outreach.sql.NativeValues;

/**
 * Erases the personal data of one closed case: every capability's {@link PersonalRecords}
 * statements, in their order, and the engine's history of the case's processes, in one transaction,
 * with an audit event and a row for the supervisors' report. The audit trail, the case's own row
 * (reference, dates, outcome: no personal value) and the rows the campaign's figures count stay.
 */
@Stateless
@SystemService
@RolesAllowed(SystemIdentity.ROLE)
public class ClosedCaseErasure {

  private static final Logger LOG = Logger.getLogger(ClosedCaseErasure.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private HistoryService historyService;
  @Inject @Any private Instance<PersonalRecords> capabilities;

  /**
   * Up to {@code max} ids of cases closed before {@code closedBefore} and not yet erased, the
   * longest closed first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> due(Instant closedBefore, int max) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT c.id FROM outreach_case c WHERE c.status = 'CLOSED' AND c.closed_at < ?1"
                    + " AND NOT EXISTS (SELECT 1 FROM erased_case e WHERE e.case_id = c.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM retention_hold h WHERE h.case_id = c.id)"
                    + " ORDER BY c.closed_at, c.id")
            .setParameter(1, closedBefore.atOffset(ZoneOffset.UTC))
            .setMaxResults(max)
            .getResultList();
    return rows.stream().map(NativeValues::uuid).toList();
  }

  /**
   * Erases the case's personal data if it closed before {@code closedBefore} and none of its
   * processes still runs.
   *
   * @return what went; empty if the case was not due (already erased, held, open, closed too
   *     recently) or a process of it still runs (it is tried again on the next sweep)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ErasedCaseView> erase(UUID caseId, Instant closedBefore, Instant now) {
    // a hold placed meanwhile waits for this erasure, and then finds the case erased
    CaseRowLock.lock(entityManager, caseId);
    Optional<CaseSummary> found = cases.find(caseId);
    if (found.isEmpty()
        || found.get().status() != CaseStatus.CLOSED
        || found.get().closedAt() == null
        || !found.get().closedAt().toInstant().isBefore(closedBefore)
        || entityManager.find(ErasedCase.class, caseId) != null
        || entityManager.find(RetentionHold.class, caseId) != null) {
      return Optional.empty();
    }
    CaseSummary summary = found.get();
    List<HistoricProcessInstance> processes =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .list();
    if (processes.stream().anyMatch(process -> process.getEndTime() == null)) {
      LOG.warning(
          () -> "Case " + summary.reference() + " is closed but a process of it still runs: kept");
      return Optional.empty();
    }
    UUID personId = cases.personOf(caseId).orElse(null);
    // read before the registry's statements run (they keep these columns anyway)
    String population = populationOf(personId);

    Map<String, Integer> erased = new TreeMap<>();
    for (Erasure erasure : statements()) {
      UUID subject = erasure.subject() == Erasure.Subject.CASE ? caseId : personId;
      if (subject == null) {
        continue;
      }
      Query query = entityManager.createNativeQuery(erasure.sql()).setParameter(1, subject);
      if (erasure.sql().contains("?2")) {
        query.setParameter(2, now.atOffset(ZoneOffset.UTC));
      }
      int rows = query.executeUpdate();
      if (erasure.kind() != null && rows > 0) {
        erased.merge(erasure.kind(), rows, Integer::sum);
      }
    }
    if (!processes.isEmpty()) {
      historyService.deleteHistoricProcessInstancesIfExists(
          processes.stream().map(HistoricProcessInstance::getId).toList());
    }
    ErasedCase row =
        new ErasedCase(
            caseId,
            summary.reference(),
            population,
            summary.outcome() == null ? null : summary.outcome().name(),
            summary.closedAt(),
            now,
            erased,
            erased.getOrDefault(Erasure.DOCUMENT_KIND, 0),
            processes.size());
    entityManager.persist(row);
    entityManager.persist(
        AuditEvent.onCaseRecord(
            AuditEvent.SYSTEM,
            personId,
            caseId,
            AuditAction.ERASE_CASE_RECORDS,
            AccessPurpose.RETENTION,
            null));
    return Optional.of(row.view());
  }

  /** Every capability's statements, in their order (a capability's own order kept within). */
  private List<Erasure> statements() {
    List<Erasure> all = new ArrayList<>();
    for (PersonalRecords capability : capabilities) {
      all.addAll(capability.erasures());
    }
    all.sort(Comparator.comparingInt(Erasure::order));
    return all;
  }

  private String populationOf(UUID personId) {
    if (personId == null) {
      return CampaignFunnel.Population.key(null, null);
    }
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT custody_status, removal_timing FROM person_population WHERE person_id = ?1")
            .setParameter(1, personId)
            .getResultList();
    if (rows.isEmpty()) {
      return CampaignFunnel.Population.key(null, null);
    }
    Object[] row = (Object[]) rows.get(0);
    return CampaignFunnel.Population.key(
        CustodyStatus.valueOf((String) row[0]),
        row[1] == null ? null : RemovalTiming.valueOf((String) row[1]));
  }
}
