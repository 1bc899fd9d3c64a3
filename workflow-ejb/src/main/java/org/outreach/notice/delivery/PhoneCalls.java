package org.outreach.notice.delivery;

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
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.notice.delivery.InvalidCallException.Field;
import org.outreach.notice.delivery.InvalidCallException.Rule;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.ContactKind;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records a call to the person, and completes the {@value DeliverNoticeProcess#TASK_CALL_PERSON}
 * task with its outcome in the same transaction: if the task cannot be completed nothing is
 * recorded, and the other way round. Only the caseworker who holds the task records it. The number
 * must be one of the person's safe phone numbers; it is stored sealed, with the note, and the
 * record is audited. Reached and notified counts as delivered; not reached sends the process to the
 * next channel, whatever call-back time was agreed.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class PhoneCalls {

  private static final Logger LOG = Logger.getLogger(PhoneCalls.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private DeliveryTasks tasks;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the call and completes the task; a call that did not reach the person but agreed a
   * call-back time leaves the task open with the caller instead, due at that time, so the channel
   * is tried again before the process moves on.
   *
   * @return whether the task was completed
   * @throws InvalidCallException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a call task by this id
   */
  public boolean record(String taskId, NewPhoneCall call) {
    HeldTask task = tasks.held(taskId, DeliverNoticeProcess.TASK_CALL_PERSON);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CallRules.check(call, tasks.openedAt(task), now);
    UUID personId = tasks.personOf(task);
    String phone = call.phone().strip();
    if (!tasks.isSafeContactPoint(task, personId, ContactKind.PHONE, phone)) {
      throw new InvalidCallException(Field.PHONE, Rule.NOT_A_SAFE_PHONE);
    }
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        new PhoneCall(
            id,
            task.caseId(),
            task.id(),
            call,
            CallRules.languageOf(call),
            cipher.encrypt(phone, PhoneCall.phoneData(id)),
            cipher.encrypt(CallRules.noteOf(call), PhoneCall.noteData(id)),
            caller,
            now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            personId,
            task.caseId(),
            AuditAction.RECORD_PHONE_CALL,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
    boolean callBack = call.outcome() == CallOutcome.NOT_REACHED && call.callBackAt() != null;
    if (callBack) {
      tasks.dueAgainAt(task, call.callBackAt());
    } else {
      tasks.complete(task, call.outcome().delivered());
    }
    LOG.info(
        () ->
            "Phone call "
                + id
                + " recorded for task "
                + task.id()
                + ": "
                + call.outcome()
                + (callBack ? ", call-back agreed: the task stays open" : ""));
    return !callBack;
  }
}
