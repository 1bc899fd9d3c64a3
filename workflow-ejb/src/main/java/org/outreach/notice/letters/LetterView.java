package org.outreach.notice.letters;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A letter as callers outside this package see it: ids, states, the template versions that produced
 * it, the SHA-256 of the rendered document and the times it moved. No personal data.
 */
public record LetterView(
    UUID id,
    UUID caseId,
    String language,
    LetterStatus status,
    UUID batchId,
    String templateVersion,
    String englishTemplateVersion,
    String documentSha256,
    Integer pages,
    OffsetDateTime queuedAt,
    OffsetDateTime printedAt,
    OffsetDateTime mailedAt,
    OffsetDateTime returnedAt) {}
