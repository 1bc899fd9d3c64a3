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
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Field;
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Rule;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.ContactKind;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records a notice asked of a partner organisation, and completes the {@value
 * DeliverNoticeProcess#TASK_NOTIFY_THROUGH_PARTNER} task with its outcome in the same transaction:
 * if the task cannot be completed nothing is recorded, and the other way round. Only the caseworker
 * who holds the task records it. The partner must be one of the person's safe partner-organisation
 * contact points (the task page shows them); its name is stored sealed and the record is audited. A
 * confirmed delivery needs the day the partner confirmed it; not delivered sends the process to the
 * next channel.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class PartnerNotices {

  private static final Logger LOG = Logger.getLogger(PartnerNotices.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private DeliveryTasks tasks;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the partner's notice and completes the task.
   *
   * @throws InvalidPartnerNoticeException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a partner task by this id
   */
  public void record(String taskId, NewPartnerNotice notice) {
    HeldTask task = tasks.held(taskId, DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    PartnerNoticeRules.check(notice, tasks.openedAt(task), now);
    UUID personId = tasks.personOf(task);
    String partner = notice.partner().strip();
    if (!tasks.isSafeContactPoint(task, personId, ContactKind.PARTNER_ORGANISATION, partner)) {
      throw new InvalidPartnerNoticeException(Field.PARTNER, Rule.NOT_A_PARTNER_OF_THE_PERSON);
    }
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        new PartnerNotice(
            id,
            task.caseId(),
            task.id(),
            notice,
            cipher.encrypt(partner, PartnerNotice.partnerData(id)),
            caller,
            now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            personId,
            task.caseId(),
            AuditAction.RECORD_PARTNER_NOTICE,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
    tasks.complete(task, notice.outcome().delivered());
    LOG.info(
        () -> "Partner notice " + id + " recorded for task " + task.id() + ": " + notice.outcome());
  }
}
