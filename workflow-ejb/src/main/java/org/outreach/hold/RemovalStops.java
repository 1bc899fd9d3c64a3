package org.outreach.hold;

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
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.OutreachProcess;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * The work on a {@value OutreachProcess#TASK_STOP_SCHEDULED_REMOVAL} task, for whoever holds it.
 *
 * <ul>
 *   <li>{@link #record} takes one attempt to stop the removal: who was reached, how, when, and
 *       whether they confirmed the stop (checked by {@link RemovalStopRules}), the officer or
 *       office and the note sealed and bound to the new row, with one {@code RECORD_REMOVAL_STOP}
 *       event. A confirmed stop completes the task in the same transaction, with no variable: the
 *       process expects none and ends its removal branch as stopped. A stop not confirmed completes
 *       nothing: the task stays open, first in the inboxes, with its overdue timer running, until
 *       someone confirms the stop.
 *   <li>{@link #attemptsForTask} shows the attempts recorded on the task so far, decrypted, the
 *       read audited ({@code READ_REMOVAL_STOPS}) when there is any.
 * </ul>
 *
 * Exceptions and log lines name ids, fields, rules, the channel and whether the stop was confirmed,
 * never who was reached nor what was said.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class RemovalStops {

  private static final Logger LOG = Logger.getLogger(RemovalStops.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the attempt; completes the task when the stop was confirmed.
   *
   * @return whether the task was completed
   * @throws InvalidRemovalStopException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a removal-stop task by this id
   */
  public boolean record(String taskId, NewRemovalStop stop) {
    HeldTask task = held(taskId);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    RemovalStopRules.check(stop, task.openedAt(), now);
    UUID id = UUID.randomUUID();
    String caller = caller();
    entityManager.persist(
        new RemovalStop(
            id,
            task.caseId(),
            task.id(),
            stop,
            cipher.encrypt(RemovalStopRules.reachedOf(stop), RemovalStop.reachedData(id)),
            cipher.encrypt(RemovalStopRules.noteOf(stop), RemovalStop.noteData(id)),
            caller,
            now));
    audit(task, AuditAction.RECORD_REMOVAL_STOP);
    boolean stopped = stop.stopped();
    if (stopped) {
      inbox.complete(task.id());
    }
    LOG.info(
        () ->
            "Removal stop "
                + id
                + " recorded for task "
                + task.id()
                + ": "
                + stop.channel()
                + (stopped ? ", stopped; task completed" : ", not confirmed; task stays open"));
    return stopped;
  }

  /**
   * The attempts recorded on a task the caller holds, oldest first, decrypted; a read of any is
   * audited with the task as its reason.
   *
   * @throws TaskNotAvailableException if the caller does not hold a removal-stop task by this id
   */
  public List<StopAttempt> attemptsForTask(String taskId) {
    HeldTask task = held(taskId);
    List<RemovalStop> rows =
        entityManager
            .createNamedQuery("RemovalStop.findByTask", RemovalStop.class)
            .setParameter("taskId", task.id())
            .getResultList();
    if (!rows.isEmpty()) {
      audit(task, AuditAction.READ_REMOVAL_STOPS);
    }
    return rows.stream().map(row -> row.view(cipher)).toList();
  }

  private HeldTask held(String taskId) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL.equals(task.taskKey())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    caseAccess.requireVisible(task.caseId());
    return task;
  }

  private void audit(HeldTask task, AuditAction action) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller(),
            cases.personOf(task.caseId()).orElse(null),
            task.caseId(),
            action,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
