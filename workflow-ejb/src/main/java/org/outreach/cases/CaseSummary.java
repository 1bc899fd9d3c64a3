package org.outreach.cases;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.outreach.registry.ExposedField;

/** A case as callers outside this package see it: ids, enums, flags and dates only. */
public record CaseSummary(
    UUID id,
    String reference,
    CaseStatus status,
    String processInstanceId,
    OffsetDateTime openedAt,
    Integer priority,
    String priorityReason,
    boolean urgent,
    Set<ExposedField> exposure,
    RemovalHoldState removalHoldState,
    OffsetDateTime removalHoldEndsAt,
    OffsetDateTime noticeProvenAt,
    NoticeChannel noticeChannel,
    CustodyReviewOutcome custodyReviewOutcome,
    CourtFilingState courtFilingState,
    OffsetDateTime courtFilingDeadline,
    OffsetDateTime courtNoticeFiledAt,
    ReturnOutcome returnOutcome,
    CaseOutcome outcome,
    OffsetDateTime closedAt)
    implements Serializable {

  static CaseSummary of(OutreachCase c) {
    return new CaseSummary(
        c.id(),
        c.reference(),
        c.status(),
        c.processInstanceId(),
        c.openedAt(),
        c.priority().orElse(null),
        c.priorityReason(),
        c.urgent(),
        c.exposure(),
        c.removalHoldState(),
        c.removalHoldEndsAt(),
        c.noticeProvenAt(),
        c.noticeChannel(),
        c.custodyReviewOutcome(),
        c.courtFilingState(),
        c.courtFilingDeadline(),
        c.courtNoticeFiledAt(),
        c.returnOutcome(),
        c.outcome(),
        c.closedAt());
  }
}
