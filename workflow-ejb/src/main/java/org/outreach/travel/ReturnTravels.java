package org.outreach.travel;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records each step of a removed person's return, always through counsel or a partner organisation
 * (never the home government or its consulate), and completes the step's task in the same
 * transaction: if the task cannot be completed nothing is recorded, and the other way round. Only
 * the caseworker who holds the task records it. The contact's name and organisation, the issuer,
 * carrier, places, booking reference and note are stored sealed and the record is audited; only the
 * person's answer and whether they arrived travel to the process, which routes on them.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class ReturnTravels {

  private static final Logger LOG = Logger.getLogger(ReturnTravels.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private TravelTasks tasks;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the person's wish to return and completes the task with it.
   *
   * @throws InvalidTravelRecordException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a wish task by this id
   */
  public void confirmWish(String taskId, NewReturnWish wish) {
    HeldTask task = tasks.held(taskId, ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewReturnWish checked = TravelRules.checked(wish, tasks.openedAt(task), now);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        TravelRecord.wish(
            id,
            task.caseId(),
            task.id(),
            checked,
            TravelRecord.seal(
                cipher, id, checked.contact(), null, null, null, null, null, checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(task, Map.of(ProcessVariables.VAR_RETURN_WISH, checked.wish().processValue()));
    LOG.info(() -> "Return wish " + id + " recorded for task " + task.id() + ": " + checked.wish());
  }

  /**
   * Records the travel document or parole issued and completes the task.
   *
   * @throws InvalidTravelRecordException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a documents task by this id
   */
  public void recordDocuments(String taskId, NewTravelDocuments documents) {
    HeldTask task = tasks.held(taskId, ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewTravelDocuments checked = TravelRules.checked(documents, now);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        TravelRecord.documents(
            id,
            task.caseId(),
            task.id(),
            checked,
            TravelRecord.seal(
                cipher,
                id,
                checked.contact(),
                checked.issuedBy(),
                null,
                null,
                null,
                null,
                checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(task, Map.of());
    LOG.info(
        () -> "Travel documents " + id + " recorded for task " + task.id() + ": " + checked.kind());
  }

  /**
   * Records the travel booked and completes the task.
   *
   * @throws InvalidTravelRecordException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a booking task by this id
   */
  public void recordBooking(String taskId, NewTravelBooking booking) {
    HeldTask task = tasks.held(taskId, ReturnTravelProcess.TASK_BOOK_TRAVEL);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime taskOpened =
        task.openedAt() == null ? null : task.openedAt().atOffset(ZoneOffset.UTC);
    NewTravelBooking checked = TravelRules.checked(booking, taskOpened);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        TravelRecord.booking(
            id,
            task.caseId(),
            task.id(),
            checked,
            TravelRecord.seal(
                cipher,
                id,
                checked.contact(),
                null,
                checked.carrier(),
                checked.from(),
                checked.to(),
                checked.bookingReference(),
                checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(task, Map.of());
    LOG.info(() -> "Travel booking " + id + " recorded for task " + task.id());
  }

  /**
   * Records whether the person arrived and completes the task with it.
   *
   * @throws InvalidTravelRecordException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold an arrival task by this id
   */
  public void confirmArrival(String taskId, NewArrival arrival) {
    HeldTask task = tasks.held(taskId, ReturnTravelProcess.TASK_CONFIRM_ARRIVAL);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    NewArrival checked = TravelRules.checked(arrival, tasks.openedAt(task), now);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        TravelRecord.arrival(
            id,
            task.caseId(),
            task.id(),
            checked,
            TravelRecord.seal(
                cipher, id, checked.contact(), null, null, null, null, null, checked.note()),
            caller,
            now));
    audit(task, caller);
    tasks.complete(
        task, Map.of(ProcessVariables.VAR_ARRIVAL_OUTCOME, checked.outcome().processValue()));
    LOG.info(() -> "Arrival " + id + " recorded for task " + task.id() + ": " + checked.outcome());
  }

  private void audit(HeldTask task, String caller) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            tasks.personOf(task),
            task.caseId(),
            AuditAction.RECORD_RETURN_TRAVEL,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
  }
}
