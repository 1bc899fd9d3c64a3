package org.outreach.court;

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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records the legal consultation offered to the person and, once accepted, the one scheduled with
 * counsel, and completes the {@value CourtAccessProcess#TASK_OFFER_CONSULTATION} or {@value
 * CourtAccessProcess#TASK_SCHEDULE_CONSULTATION} task in the same transaction: if the task cannot
 * be completed nothing is recorded, and the other way round. Only the caseworker who holds the task
 * records it. Counsel, the address and the note are stored sealed and the record is audited; only
 * the person's answer travels to the process, which routes on it.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class Consultations {

  private static final Logger LOG = Logger.getLogger(Consultations.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CourtTasks tasks;
  @Inject private FieldCipher cipher;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /**
   * Records the consultation offered and completes the task with the person's answer.
   *
   * @throws InvalidConsultationException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold an offer task by this id
   */
  public void offer(String taskId, NewConsultationOffer offer) {
    HeldTask task = tasks.held(taskId, CourtAccessProcess.TASK_OFFER_CONSULTATION);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewConsultationOffer checked = ConsultationRules.checked(offer, tasks.openedAt(task), now);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        Consultation.offered(
            id,
            task.caseId(),
            task.id(),
            checked,
            Consultation.seal(
                cipher,
                id,
                checked.counselName(),
                checked.counselOrganisation(),
                null,
                checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(
        task, Map.of(ProcessVariables.VAR_CONSULTATION_OUTCOME, checked.outcome().processValue()));
    LOG.info(
        () ->
            "Consultation offer "
                + id
                + " recorded for task "
                + task.id()
                + ": "
                + checked.outcome());
  }

  /**
   * Records the consultation scheduled and completes the task.
   *
   * @throws InvalidConsultationException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a scheduling task by this id
   */
  public void schedule(String taskId, NewConsultationSchedule schedule) {
    HeldTask task = tasks.held(taskId, CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewConsultationSchedule checked = ConsultationRules.checked(schedule, tasks.openedAt(task));
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        Consultation.scheduled(
            id,
            task.caseId(),
            task.id(),
            checked,
            Consultation.seal(
                cipher,
                id,
                checked.counselName(),
                checked.counselOrganisation(),
                checked.address(),
                checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(task, Map.of());
    LOG.info(
        () -> "Consultation " + id + " scheduled for task " + task.id() + ": " + checked.place());
  }

  /**
   * The consultation scheduled last on the case, when it is not yet recorded as held: when it was
   * to take place. Empty when there is none or it is recorded. The caller may open the case.
   *
   * @throws UnknownCaseException if there is no such case or the caller may not open it
   */
  public Optional<OffsetDateTime> awaitingHeld(UUID caseId) {
    caseAccess.requireVisible(Objects.requireNonNull(caseId, "caseId"));
    return lastScheduled(caseId)
        .filter(scheduled -> entityManager.find(ConsultationHeld.class, scheduled.id()) == null)
        .map(Consultation::scheduledAt);
  }

  /**
   * Records that the consultation scheduled last on the case took place on {@code heldOn}; audited
   * and on the case's timeline, counted by the campaign funnel.
   *
   * @throws InvalidConsultationHeldException naming the rule; nothing was written
   * @throws UnknownCaseException if there is no such case or the caller may not open it
   */
  public void recordHeld(UUID caseId, LocalDate heldOn) {
    caseAccess.requireVisible(Objects.requireNonNull(caseId, "caseId"));
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    Consultation scheduled =
        lastScheduled(caseId)
            .orElseThrow(
                () ->
                    new InvalidConsultationHeldException(
                        InvalidConsultationHeldException.Rule.NOT_SCHEDULED));
    if (entityManager.find(ConsultationHeld.class, scheduled.id()) != null) {
      throw new InvalidConsultationHeldException(
          InvalidConsultationHeldException.Rule.ALREADY_RECORDED);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ConsultationRules.checkHeld(heldOn, summary.openedAt(), now);
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(new ConsultationHeld(scheduled.id(), caseId, heldOn, caller, now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RECORD_CONSULTATION,
            AccessPurpose.CASEWORK,
            null));
    LOG.info(() -> "Consultation " + scheduled.id() + " recorded as held");
  }

  private Optional<Consultation> lastScheduled(UUID caseId) {
    return entityManager
        .createNamedQuery("Consultation.scheduledOfCase", Consultation.class)
        .setParameter("caseId", caseId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private void audit(HeldTask task, String caller) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            tasks.personOf(task),
            task.caseId(),
            AuditAction.RECORD_CONSULTATION,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
  }
}
