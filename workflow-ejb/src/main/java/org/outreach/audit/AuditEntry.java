package org.outreach.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An audit event as supervisors see it. */
public record AuditEntry(
    UUID id,
    OffsetDateTime occurredAt,
    String actor,
    UUID personId,
    UUID caseId,
    UUID documentId,
    AuditAction action,
    AccessPurpose purpose) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.id(),
        event.occurredAt(),
        event.actor(),
        event.personId(),
        event.caseId(),
        event.documentId(),
        event.action(),
        event.purpose());
  }
}
