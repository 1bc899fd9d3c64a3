package org.outreach.locate;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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
import org.outreach.locate.InvalidAttemptException.Field;
import org.outreach.locate.InvalidAttemptException.Rule;
import org.outreach.privacy.FieldCipher;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.InvalidPersonException;
import org.outreach.registry.PersonPart;
import org.outreach.registry.PersonProblem;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonRules;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.users.UserDirectory;

/**
 * The contact attempts of a locate task: the one door through which they are recorded and read.
 *
 * <ul>
 *   <li>{@link #record} takes one attempt from the caseworker who holds the case's {@value
 *       LocatePersonProcess#TASK_LOCATE_PERSON} task, checked by {@link AttemptRules}, its note
 *       encrypted and bound to the new row, with one {@code RECORD_CONTACT_ATTEMPT} audit event.
 *   <li>{@link #concludeFound} and {@link #concludeNotFound} record how the search ended and
 *       complete the task with that outcome in the same transaction: if the task cannot be
 *       completed, nothing is recorded, and the other way round.
 *   <li>{@link #addContactPoint} adds a way to reach the person found during the search to their
 *       record, through the registry, which audits the change.
 *   <li>{@link #attemptsOf} and {@link #attemptsForTask} decrypt the notes and write one {@code
 *       READ_CONTACT_ATTEMPTS} event for the read.
 * </ul>
 *
 * A case the caller may not see is answered like one that does not exist ({@link
 * UnknownCaseException}); exceptions and log lines name ids, fields and rules, never a value.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class ContactAttempts {

  private static final Logger LOG = Logger.getLogger(ContactAttempts.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private PersonRegistry registry;
  @Inject private UserDirectory users;
  @Resource private SessionContext session;

  /**
   * Records one attempt to reach the person of the task's case.
   *
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   * @throws InvalidAttemptException naming the field and the rule it breaks; nothing was written
   */
  public AttemptView record(String taskId, NewAttempt attempt) {
    HeldTask task = heldLocateTask(taskId);
    UUID personId = requireVisible(task.caseId());
    OffsetDateTime now = now();
    AttemptRules.check(attempt, openedAt(task.caseId()), now);
    UUID id = UUID.randomUUID();
    String note = AttemptRules.noteOf(attempt);
    NewAttempt kept =
        new NewAttempt(attempt.channel(), attempt.attemptedAt(), attempt.result(), note);
    ContactAttempt row =
        ContactAttempt.attempt(
            id,
            task.caseId(),
            task.id(),
            kept,
            cipher.encrypt(note, ContactAttempt.noteData(id)),
            caller(),
            now);
    entityManager.persist(row);
    audit(personId, task, AuditAction.RECORD_CONTACT_ATTEMPT);
    LOG.info(
        () ->
            "Contact attempt "
                + id
                + " ("
                + attempt.channel()
                + ", "
                + attempt.result()
                + ") recorded for task "
                + task.id());
    return new AttemptView(
        id,
        task.caseId(),
        task.id(),
        null,
        kept.channel(),
        kept.attemptedAt(),
        kept.result(),
        note,
        null,
        null,
        users.displayNameOf(caller()).orElse(caller()),
        now);
  }

  /**
   * Concludes the search: the person is found and is to be reached through one of their safe
   * contact points (as the task page showed them); completes the task with {@value
   * LocatePersonProcess#LOCATE_FOUND} in the same transaction.
   *
   * @throws InvalidAttemptException if the contact point is not one of the person's safe ones
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public void concludeFound(String taskId, ContactKind kind, String value) {
    HeldTask task = heldLocateTask(taskId);
    UUID personId = requireVisible(task.caseId());
    if (kind == null || value == null || value.isBlank()) {
      throw new InvalidAttemptException(Field.CONTACT_POINT, Rule.REQUIRED);
    }
    if (personId == null || !isSafeContactPoint(task, personId, kind, value)) {
      throw new InvalidAttemptException(Field.CONTACT_POINT, Rule.NOT_A_SAFE_CONTACT_POINT);
    }
    UUID id = UUID.randomUUID();
    entityManager.persist(
        ContactAttempt.found(
            id,
            task.caseId(),
            task.id(),
            kind,
            cipher.encrypt(value, ContactAttempt.contactValueData(id)),
            caller(),
            now()));
    audit(personId, task, AuditAction.RECORD_CONTACT_ATTEMPT);
    inbox.complete(
        task.id(), Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_FOUND));
    LOG.info(() -> "Task " + task.id() + " concluded: found through a " + kind + " contact point");
  }

  /**
   * Concludes the search without finding the person, after at least one recorded attempt for this
   * task; completes the task with {@value LocatePersonProcess#LOCATE_NOT_FOUND} in the same
   * transaction.
   *
   * @throws InvalidAttemptException if no attempt was recorded for the task
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public void concludeNotFound(String taskId) {
    HeldTask task = heldLocateTask(taskId);
    UUID personId = requireVisible(task.caseId());
    long attempts =
        entityManager
            .createNamedQuery("ContactAttempt.countAttemptsOfTask", Long.class)
            .setParameter("taskId", task.id())
            .getSingleResult();
    if (attempts == 0) {
      throw new InvalidAttemptException(Field.CONCLUSION, Rule.NO_ATTEMPT_RECORDED);
    }
    entityManager.persist(
        ContactAttempt.notFound(UUID.randomUUID(), task.caseId(), task.id(), caller(), now()));
    audit(personId, task, AuditAction.RECORD_CONTACT_ATTEMPT);
    inbox.complete(
        task.id(),
        Map.of(ProcessVariables.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_NOT_FOUND));
    LOG.info(() -> "Task " + task.id() + " concluded: not found after " + attempts + " attempts");
  }

  /**
   * Adds a contact point found during the search to the person's record (or refreshes it there, if
   * the record holds it already), through the registry, which audits the change with the task as
   * its reason. A safe one can then conclude the search as found.
   *
   * @throws InvalidAttemptException naming the contact point's field at fault, or {@link
   *     Rule#NO_PERSON} for a case without a person
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public void addContactPoint(String taskId, FoundContactPoint found) {
    HeldTask task = heldLocateTask(taskId);
    UUID personId = requireVisible(task.caseId());
    if (personId == null) {
      throw new InvalidAttemptException(Field.TASK, Rule.NO_PERSON);
    }
    if (found == null || found.kind() == null) {
      throw new InvalidAttemptException(Field.CONTACT_KIND, Rule.REQUIRED);
    }
    ContactPoint point =
        new ContactPoint(
            found.kind(), found.value(), found.source(), found.asOf(), found.safeToContact());
    List<PersonProblem> problems = PersonRules.contactPointProblems(point, Clock.systemUTC());
    if (!problems.isEmpty()) {
      throw new InvalidAttemptException(
          switch (problems.get(0).field()) {
            case "source" -> Field.CONTACT_SOURCE;
            case "asOf" -> Field.CONTACT_AS_OF;
            default -> Field.CONTACT_VALUE;
          },
          Rule.INVALID);
    }
    try {
      registry.addContactPoint(
          task.caseId(), personId, point, AccessPurpose.CASEWORK, AuditEvent.reasonTask(task.id()));
    } catch (InvalidPersonException e) {
      // the one rule left: the record is full
      throw new InvalidAttemptException(Field.CONTACT_VALUE, Rule.TOO_MANY);
    }
  }

  /**
   * The attempts and conclusions of the case of a task the caller holds, oldest first, notes
   * decrypted; the read is audited with the task as its reason. A locate task shows them to the
   * caseworker searching (purpose {@code CASEWORK}), a review of the diligent effort to the
   * supervisor judging the search ({@code SUPERVISION}).
   *
   * @throws InvalidAttemptException if the task is neither a locate task nor a review of the
   *     diligent effort
   * @throws org.outreach.tasks.TaskNotAvailableException if the caller does not hold the task
   */
  public List<AttemptView> attemptsForTask(String taskId) {
    HeldTask task = inbox.heldByCaller(taskId);
    AccessPurpose purpose =
        switch (task.taskKey()) {
          case LocatePersonProcess.TASK_LOCATE_PERSON -> AccessPurpose.CASEWORK;
          case LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT -> AccessPurpose.SUPERVISION;
          default -> throw new InvalidAttemptException(Field.TASK, Rule.NOT_A_LOCATE_TASK);
        };
    UUID personId = requireVisible(task.caseId());
    return read(task.caseId(), personId, AuditEvent.reasonTask(task.id()), purpose);
  }

  /**
   * The attempts and conclusions of a case, oldest first, notes decrypted; the read is audited.
   *
   * @throws UnknownCaseException if there is no such case or the caller may not see it
   */
  public List<AttemptView> attemptsOf(UUID caseId) {
    UUID personId = requireVisible(Objects.requireNonNull(caseId, "caseId"));
    return read(caseId, personId, null, AccessPurpose.CASEWORK);
  }

  private List<AttemptView> read(UUID caseId, UUID personId, String reason, AccessPurpose purpose) {
    List<ContactAttempt> rows =
        entityManager
            .createNamedQuery("ContactAttempt.findByCase", ContactAttempt.class)
            .setParameter("caseId", caseId)
            .getResultList();
    if (rows.stream().anyMatch(ContactAttempt::holdsSealedValues)) {
      entityManager.persist(
          AuditEvent.onCaseRecord(
              caller(), personId, caseId, AuditAction.READ_CONTACT_ATTEMPTS, purpose, reason));
    }
    Map<String, String> names = new HashMap<>();
    return rows.stream()
        .map(
            row ->
                row.view(
                    cipher,
                    username ->
                        names.computeIfAbsent(
                            username, name -> users.displayNameOf(name).orElse(name))))
        .toList();
  }

  private boolean isSafeContactPoint(HeldTask task, UUID personId, ContactKind kind, String value) {
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
            point -> point.safeToContact() && point.kind() == kind && value.equals(point.value()));
  }

  private HeldTask heldLocateTask(String taskId) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!LocatePersonProcess.TASK_LOCATE_PERSON.equals(task.taskKey())) {
      throw new InvalidAttemptException(Field.TASK, Rule.NOT_A_LOCATE_TASK);
    }
    return task;
  }

  /** The access check; answers the case's person (absent for a demo case) for the audit trail. */
  private UUID requireVisible(UUID caseId) {
    caseAccess.requireVisible(caseId);
    return cases.personOf(caseId).orElse(null);
  }

  /** When the case was opened, to the minute (attempts are entered to the minute). */
  private OffsetDateTime openedAt(UUID caseId) {
    Optional<CaseSummary> summary = cases.find(caseId);
    return summary
        .map(CaseSummary::openedAt)
        .map(opened -> opened.truncatedTo(ChronoUnit.MINUTES))
        .orElse(null);
  }

  private void audit(UUID personId, HeldTask task, AuditAction action) {
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller(),
            personId,
            task.caseId(),
            action,
            AccessPurpose.CASEWORK,
            AuditEvent.reasonTask(task.id())));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
