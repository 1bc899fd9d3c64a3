package org.outreach.custody;

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
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records the decision of a custody review, and completes the {@value
 * CustodyReviewProcess#TASK_REVIEW_CUSTODY} task with it in the same transaction: if the task
 * cannot be completed nothing is recorded, and the other way round. Only whoever holds the task
 * records it. The decision is checked by {@link CustodyReviewRules}; its grounds are stored sealed,
 * bound to the new row, and the record is audited ({@code RECORD_CUSTODY_REVIEW}). The process
 * receives the decision alone, as its outcome variable. Exceptions and log lines name ids, fields,
 * rules and the decision, never the grounds.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CustodyReviews {

  private static final Logger LOG = Logger.getLogger(CustodyReviews.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the review and completes the task with its decision.
   *
   * @throws InvalidCustodyReviewException naming the field and the rule; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a custody review task by this id
   */
  public void record(String taskId, NewCustodyReview review) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!CustodyReviewProcess.TASK_REVIEW_CUSTODY.equals(task.taskKey())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    caseAccess.requireVisible(task.caseId());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String grounds = CustodyReviewRules.check(review, task.openedAt(), now);
    UUID id = UUID.randomUUID();
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        new CustodyReview(
            id,
            task.caseId(),
            task.id(),
            review,
            cipher.encrypt(grounds, CustodyReview.groundsData(id)),
            caller,
            now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            cases.personOf(task.caseId()).orElse(null),
            task.caseId(),
            AuditAction.RECORD_CUSTODY_REVIEW,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
    inbox.complete(
        task.id(),
        Map.of(ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME, review.decision().processValue()));
    LOG.info(
        () ->
            "Custody review " + id + " recorded for task " + task.id() + ": " + review.decision());
  }
}
