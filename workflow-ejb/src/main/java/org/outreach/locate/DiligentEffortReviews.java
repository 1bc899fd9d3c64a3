package org.outreach.locate;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.locate.InvalidReviewException.Field;
import org.outreach.locate.InvalidReviewException.Rule;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.users.UserDirectory;

/**
 * The supervisor's review of the diligent effort made to reach a person: the one door through which
 * it is recorded.
 *
 * <ul>
 *   <li>{@link #attemptsForTask} shows the supervisor who holds the case's {@value
 *       LocatePersonProcess#TASK_REVIEW_DILIGENT_EFFORT} task every contact attempt of the case,
 *       read (and audited) by {@link ContactAttempts}.
 *   <li>{@link #earlierReviewsForTask} shows the reviews the case had before, reasons decrypted,
 *       the read audited.
 *   <li>{@link #record} takes the decision and its reason, checked by {@link ReviewRules}, the
 *       reason encrypted and bound to the new row, with one {@code RECORD_DILIGENT_EFFORT_REVIEW}
 *       audit event, and completes the task with the decision in the same transaction: if the task
 *       cannot be completed nothing is recorded, and the other way round.
 * </ul>
 *
 * Exceptions and log lines name ids, fields, rules and the decision, never the reason.
 */
@Stateless
@DeclareRoles("supervisor")
@RolesAllowed("supervisor")
public class DiligentEffortReviews {

  private static final Logger LOG = Logger.getLogger(DiligentEffortReviews.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private UserDirectory users;
  @EJB private ContactAttempts attempts;
  @Resource private SessionContext session;

  /**
   * The attempts and conclusions of the case of a review task the caller holds, oldest first, notes
   * decrypted; the read is audited with the task as its reason.
   *
   * @throws InvalidReviewException if the task is not a review of the diligent effort
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public List<AttemptView> attemptsForTask(String taskId) {
    HeldTask task = heldReviewTask(taskId);
    return attempts.attemptsForTask(task.id());
  }

  /**
   * The earlier reviews of the case of a review task the caller holds, oldest first, reasons
   * decrypted; a read of any is audited ({@code READ_DILIGENT_EFFORT_REVIEWS}) with the task as its
   * reason. A search continued after one review comes back to supervisors with it.
   *
   * @throws InvalidReviewException if the task is not a review of the diligent effort
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public List<ReviewView> earlierReviewsForTask(String taskId) {
    HeldTask task = heldReviewTask(taskId);
    caseAccess.requireVisible(task.caseId());
    List<DiligentEffortReview> rows =
        entityManager
            .createNamedQuery("DiligentEffortReview.findByCase", DiligentEffortReview.class)
            .setParameter("caseId", task.caseId())
            .getResultList();
    if (!rows.isEmpty()) {
      audit(task, AuditAction.READ_DILIGENT_EFFORT_REVIEWS);
    }
    return rows.stream()
        .map(row -> row.view(cipher, name -> users.displayNameOf(name).orElse(name)))
        .toList();
  }

  /**
   * Records the review and completes the task with its decision.
   *
   * @throws InvalidReviewException naming the field and the rule it breaks; nothing was written
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public void record(String taskId, NewReview review) {
    HeldTask task = heldReviewTask(taskId);
    caseAccess.requireVisible(task.caseId());
    String reason = ReviewRules.check(review);
    int attemptsReviewed =
        Math.toIntExact(
            entityManager
                .createNamedQuery("ContactAttempt.countAttemptsOfCase", Long.class)
                .setParameter("caseId", task.caseId())
                .getSingleResult());
    UUID id = UUID.randomUUID();
    DiligentEffortReview row =
        new DiligentEffortReview(
            id,
            task.caseId(),
            task.id(),
            review.decision(),
            cipher.encrypt(reason, DiligentEffortReview.reasonData(id)),
            attemptsReviewed,
            caller(),
            OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.persist(row);
    audit(task, AuditAction.RECORD_DILIGENT_EFFORT_REVIEW);
    inbox.complete(
        task.id(),
        Map.of(ProcessVariables.VAR_DILIGENT_EFFORT_DECISION, review.decision().processValue()));
    LOG.info(
        () ->
            "Diligent effort review "
                + id
                + " recorded for task "
                + task.id()
                + ": "
                + review.decision()
                + " after "
                + attemptsReviewed
                + " attempts");
  }

  private HeldTask heldReviewTask(String taskId) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT.equals(task.taskKey())) {
      throw new InvalidReviewException(Field.TASK, Rule.NOT_A_REVIEW_TASK);
    }
    return task;
  }

  private void audit(HeldTask task, AuditAction action) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller(),
            cases.personOf(task.caseId()).orElse(null),
            task.caseId(),
            action,
            AccessPurpose.SUPERVISION,
            AuditEvent.reasonTask(task.id())));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
