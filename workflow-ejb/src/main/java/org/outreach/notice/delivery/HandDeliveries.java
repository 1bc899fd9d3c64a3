package org.outreach.notice.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentKind;
import org.outreach.documents.DocumentRefusedException;
import org.outreach.documents.DocumentUnreadableException;
import org.outreach.notice.delivery.InvalidDeliveryException.Field;
import org.outreach.notice.delivery.InvalidDeliveryException.Rule;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * Records how a hand delivery of the notice in custody went, and completes the delivery task with
 * its outcome in the same transaction: if the task cannot be completed nothing is recorded, and the
 * other way round. Only the caseworker who holds the case's {@value
 * DeliverNoticeProcess#TASK_HAND_DELIVER_NOTICE} task records it. A signed receipt and a refusal to
 * sign both count as delivered (the process then records the proven notice); not delivered needs
 * its reason and sends the process to the next channel.
 *
 * <p>The signed receipt is uploaded with the record and stored as a {@link
 * DocumentKind#HAND_DELIVERY_RECEIPT} document of the case by {@link CaseDocuments} (checked by its
 * content, encrypted, its store audited) in the same transaction: a signed receipt needs it; a
 * refusal to sign may carry one (a statement of the refusal signed by a witness, say); a notice not
 * delivered takes none. A file refused, a rule broken or a task that cannot be completed leaves
 * nothing written.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class HandDeliveries {

  /** The longest name of whoever delivered. */
  static final int MAX_NAME = 200;

  /** A clock running a little ahead on the caseworker's machine is not the future. */
  private static final Duration GRACE = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(HandDeliveries.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @EJB private CaseDocuments documents;
  @Resource private SessionContext session;

  /**
   * Records the delivery and completes the task.
   *
   * @param receipt the signed receipt, scanned or photographed (PDF, JPEG or PNG, checked by its
   *     content); {@code null} when none was uploaded
   * @throws InvalidDeliveryException naming the field and the rule; nothing was written
   * @throws DocumentRefusedException naming the rule the file breaks; nothing was written
   * @throws DocumentUnreadableException if the upload broke off; nothing was written
   * @throws TaskNotAvailableException if the caller does not hold a hand-delivery task by this id
   */
  public void record(String taskId, NewHandDelivery delivery, InputStream receipt) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE.equals(task.taskKey())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    caseAccess.requireVisible(task.caseId());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String deliveredBy = check(delivery, openedAt(task), now);
    checkReceipt(delivery.outcome(), receipt != null);
    UUID receiptId =
        receipt == null
            ? null
            : documents.store(task.caseId(), DocumentKind.HAND_DELIVERY_RECEIPT, receipt).id();
    HandDelivery row =
        new HandDelivery(task.caseId(), task.id(), delivery, deliveredBy, caller(), now, receiptId);
    entityManager.persist(row);
    inbox.complete(
        task.id(),
        Map.of(
            ProcessVariables.VAR_DELIVERY_OUTCOME,
            delivery.outcome().delivered()
                ? DeliverNoticeProcess.DELIVERY_DELIVERED
                : DeliverNoticeProcess.DELIVERY_FAILED));
    LOG.info(
        () ->
            "Hand delivery "
                + row.id()
                + " recorded for task "
                + task.id()
                + ": "
                + delivery.outcome()
                + (delivery.reason() == null ? "" : " (" + delivery.reason() + ")")
                + (receiptId == null ? "" : " with receipt document " + receiptId));
  }

  /**
   * A signed receipt is proven by its upload; a refusal to sign may carry a statement; a notice not
   * delivered has no receipt.
   */
  static void checkReceipt(DeliveryOutcome outcome, boolean uploaded) {
    if (outcome == DeliveryOutcome.RECEIPT_SIGNED && !uploaded) {
      throw new InvalidDeliveryException(Field.RECEIPT, Rule.REQUIRED);
    }
    if (outcome == DeliveryOutcome.NOT_DELIVERED && uploaded) {
      throw new InvalidDeliveryException(Field.RECEIPT, Rule.ONLY_WHEN_DELIVERED);
    }
  }

  /** Checks the delivery; answers the name of whoever delivered, stripped. */
  static String check(NewHandDelivery delivery, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (delivery == null || delivery.outcome() == null) {
      throw new InvalidDeliveryException(Field.OUTCOME, Rule.REQUIRED);
    }
    OffsetDateTime at = delivery.attemptedAt();
    if (at == null) {
      throw new InvalidDeliveryException(Field.ATTEMPTED_AT, Rule.REQUIRED);
    }
    if (at.isAfter(now.plus(GRACE))) {
      throw new InvalidDeliveryException(Field.ATTEMPTED_AT, Rule.IN_THE_FUTURE);
    }
    if (caseOpened != null && at.isBefore(caseOpened)) {
      throw new InvalidDeliveryException(Field.ATTEMPTED_AT, Rule.BEFORE_THE_CASE);
    }
    String name = delivery.deliveredBy() == null ? "" : delivery.deliveredBy().strip();
    if (name.isEmpty()) {
      throw new InvalidDeliveryException(Field.DELIVERED_BY, Rule.REQUIRED);
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidDeliveryException(Field.DELIVERED_BY, Rule.TOO_LONG);
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidDeliveryException(Field.DELIVERED_BY, Rule.CONTROL_CHARACTERS);
    }
    if (delivery.outcome() == DeliveryOutcome.NOT_DELIVERED && delivery.reason() == null) {
      throw new InvalidDeliveryException(Field.REASON, Rule.REQUIRED);
    }
    if (delivery.outcome() != DeliveryOutcome.NOT_DELIVERED && delivery.reason() != null) {
      throw new InvalidDeliveryException(Field.REASON, Rule.ONLY_WHEN_NOT_DELIVERED);
    }
    return name;
  }

  private OffsetDateTime openedAt(HeldTask task) {
    return cases
        .find(task.caseId())
        .map(CaseSummary::openedAt)
        .map(opened -> opened.truncatedTo(ChronoUnit.MINUTES))
        .orElse(null);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
