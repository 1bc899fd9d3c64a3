package org.outreach.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One audited access. Immutable: no setters, every column {@code updatable = false}, and nothing in
 * the application updates or deletes it.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.findByPerson",
    query = "SELECT e FROM AuditEvent e WHERE e.personId = :personId ORDER BY e.occurredAt, e.id")
public class AuditEvent {

  /** The actor recorded for work done without a caller (the engine's own threads). */
  public static final String SYSTEM = "system";

  private static final Pattern REASON = Pattern.compile("[a-z-]{1,20}:[A-Za-z0-9._-]{1,59}");

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "person_id", updatable = false)
  private UUID personId;

  @Column(name = "case_id", updatable = false)
  private UUID caseId;

  @Column(name = "document_id", updatable = false)
  private UUID documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private AccessPurpose purpose;

  /** What the access served beyond its purpose, by reference only: {@code task:<id>}. */
  @Column(updatable = false, length = 80)
  private String reason;

  protected AuditEvent() {}

  private AuditEvent(
      String actor, UUID personId, UUID caseId, AuditAction action, AccessPurpose purpose) {
    this(actor, personId, caseId, null, action, purpose);
  }

  private AuditEvent(
      String actor,
      UUID personId,
      UUID caseId,
      UUID documentId,
      AuditAction action,
      AccessPurpose purpose) {
    this.id = UUID.randomUUID();
    this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.actor = actor == null || actor.isBlank() ? SYSTEM : actor;
    this.personId = personId;
    this.caseId = caseId;
    this.documentId = documentId;
    this.action = Objects.requireNonNull(action, "action");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
  }

  /** An access to the audit trail itself (a search or an export), naming no person or case. */
  public static AuditEvent onTrail(String actor, AuditAction action, AccessPurpose purpose) {
    return new AuditEvent(actor, null, null, action, purpose);
  }

  /**
   * A field of every person read at once to count them (published statistics), naming no person;
   * the reason names the table, such as {@code statistics:NATIONALITY.OUTCOME}.
   */
  public static AuditEvent onEveryPerson(
      String actor, AuditAction action, AccessPurpose purpose, String reason) {
    AuditEvent event = new AuditEvent(actor, null, null, action, purpose);
    if (reason == null || reason.length() > 80 || !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("reason: must be a kind and an id, such as task:42");
    }
    event.reason = reason;
    return event;
  }

  /** An access to one person's record. */
  public static AuditEvent onPerson(
      String actor, UUID personId, AuditAction action, AccessPurpose purpose) {
    return new AuditEvent(
        actor, Objects.requireNonNull(personId, "personId"), null, action, purpose);
  }

  /** An access to one person's record through their case (the case is named too). */
  public static AuditEvent onPersonOfCase(
      String actor, UUID personId, UUID caseId, AuditAction action, AccessPurpose purpose) {
    return new AuditEvent(
        actor,
        Objects.requireNonNull(personId, "personId"),
        Objects.requireNonNull(caseId, "caseId"),
        action,
        purpose);
  }

  /**
   * An access to one document of a case; the case's person is named too when the case has one (a
   * demo case has none), so the person's trail shows it.
   */
  public static AuditEvent onDocument(
      String actor,
      UUID personId,
      UUID caseId,
      UUID documentId,
      AuditAction action,
      AccessPurpose purpose) {
    return new AuditEvent(
        actor,
        personId,
        Objects.requireNonNull(caseId, "caseId"),
        Objects.requireNonNull(documentId, "documentId"),
        action,
        purpose);
  }

  /**
   * An access to one person's record through their case, for a reason such as a task ({@link
   * #reasonTask}); the reason names ids only, never a value.
   */
  public static AuditEvent onPersonOfCase(
      String actor,
      UUID personId,
      UUID caseId,
      AuditAction action,
      AccessPurpose purpose,
      String reason) {
    AuditEvent event = onPersonOfCase(actor, personId, caseId, action, purpose);
    if (reason != null && (reason.length() > 80 || !REASON.matcher(reason).matches())) {
      throw new IllegalArgumentException("reason: must be a kind and an id, such as task:42");
    }
    event.reason = reason;
    return event;
  }

  /**
   * An access to a record kept with a case (its contact attempts), naming the case's person when it
   * has one (a demo case has none) and a reason such as the task ({@link #reasonTask}).
   */
  public static AuditEvent onCaseRecord(
      String actor,
      UUID personId,
      UUID caseId,
      AuditAction action,
      AccessPurpose purpose,
      String reason) {
    AuditEvent event =
        new AuditEvent(actor, personId, Objects.requireNonNull(caseId, "caseId"), action, purpose);
    if (reason != null && (reason.length() > 80 || !REASON.matcher(reason).matches())) {
      throw new IllegalArgumentException("reason: must be a kind and an id, such as task:42");
    }
    event.reason = reason;
    return event;
  }

  /** The reason for a read that served a task. */
  public static String reasonTask(String taskId) {
    return "task:" + taskId;
  }

  public UUID id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public UUID personId() {
    return personId;
  }

  public UUID caseId() {
    return caseId;
  }

  /** The document read or stored, for events about a document; else {@code null}. */
  public UUID documentId() {
    return documentId;
  }

  public AuditAction action() {
    return action;
  }

  public AccessPurpose purpose() {
    return purpose;
  }

  public String reason() {
    return reason;
  }
}
