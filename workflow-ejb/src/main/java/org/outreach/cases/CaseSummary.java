package org.outreach.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as callers outside this package see it. */
public record CaseSummary(
    UUID id,
    String reference,
    CaseStatus status,
    String processInstanceId,
    OffsetDateTime openedAt) {

  static CaseSummary of(OutreachCase c) {
    return new CaseSummary(c.id(), c.reference(), c.status(), c.processInstanceId(), c.openedAt());
  }
}
