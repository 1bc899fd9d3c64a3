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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private AccessPurpose purpose;

  protected AuditEvent() {}

  private AuditEvent(
      String actor, UUID personId, UUID caseId, AuditAction action, AccessPurpose purpose) {
    this.id = UUID.randomUUID();
    this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.actor = actor == null || actor.isBlank() ? SYSTEM : actor;
    this.personId = personId;
    this.caseId = caseId;
    this.action = Objects.requireNonNull(action, "action");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
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

  public AuditAction action() {
    return action;
  }

  public AccessPurpose purpose() {
    return purpose;
  }
}
