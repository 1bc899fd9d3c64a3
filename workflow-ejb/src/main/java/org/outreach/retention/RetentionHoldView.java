package org.outreach.retention;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold that keeps a case past the retention period: why, by whom and since when.
 *
 * @param caseReference the case's reference, for the list of holds
 */
public record RetentionHoldView(
    UUID caseId,
    String caseReference,
    RetentionHoldReason reason,
    String placedBy,
    Instant placedAt)
    implements Serializable {}
