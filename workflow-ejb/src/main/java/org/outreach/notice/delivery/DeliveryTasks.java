package org.outreach.notice.delivery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.PersonPart;
import org.outreach.registry.PersonRegistry;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * What the delivery forms share: the task the caller holds, checked to be of the expected kind and
 * its case visible to them; the case's person and when it was opened; whether a value is one of the
 * person's safe contact points of a kind (read through the registry, which audits the read with the
 * task as its reason); and completing the task with the delivery outcome. Called only by the
 * services of this package, inside their transaction and with their caller (a dependent bean, so
 * nothing stands between them).
 */
@Dependent
class DeliveryTasks {

  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private PersonRegistry registry;

  /**
   * The task by this id, if the caller holds it and it is of {@code taskKey}.
   *
   * @throws TaskNotAvailableException otherwise, like a task that does not exist
   */
  HeldTask held(String taskId, String taskKey) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!taskKey.equals(task.taskKey())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    caseAccess.requireVisible(task.caseId());
    return task;
  }

  /** The case's person, absent for a demo case. */
  UUID personOf(HeldTask task) {
    return cases.personOf(task.caseId()).orElse(null);
  }

  /** When the case was opened, to the minute (moments are entered to the minute). */
  OffsetDateTime openedAt(HeldTask task) {
    return cases
        .find(task.caseId())
        .map(CaseSummary::openedAt)
        .map(opened -> opened.truncatedTo(ChronoUnit.MINUTES))
        .orElse(null);
  }

  /** Whether {@code value} is one of the person's contact points of {@code kind} marked safe. */
  boolean isSafeContactPoint(HeldTask task, UUID personId, ContactKind kind, String value) {
    if (personId == null || value == null) {
      return false;
    }
    String given = value.strip();
    List<ContactPoint> safe =
        registry
            .readParts(
                task.caseId(),
                personId,
                EnumSet.of(PersonPart.SAFE_CONTACT_POINTS),
                AccessPurpose.CASEWORK,
                AuditEvent.reasonTask(task.id()))
            .contactPoints();
    return safe.stream()
        .anyMatch(
            point -> point.safeToContact() && point.kind() == kind && given.equals(point.value()));
  }

  /** Keeps the task with the caller, due at the agreed call-back time. */
  void dueAgainAt(HeldTask task, OffsetDateTime callBack) {
    inbox.dueAgainAt(task.id(), callBack.toInstant());
  }

  /** Completes the task: the notice was delivered, or this channel failed. */
  void complete(HeldTask task, boolean delivered) {
    inbox.complete(
        task.id(),
        java.util.Map.of(
            ProcessVariables.VAR_DELIVERY_OUTCOME,
            delivered
                ? DeliverNoticeProcess.DELIVERY_DELIVERED
                : DeliverNoticeProcess.DELIVERY_FAILED));
  }
}
