package org.outreach.notice.outbox;

import java.time.Instant;
import java.util.UUID;
import org.outreach.cases.NoticeChannel;
import org.outreach.mail.outbox.EmailStatus;

/**
 * An email notice as the outbox holds it, without its text.
 *
 * @param repeats tries begun while an earlier try of the same message had its acceptance
 *     unrecorded: the relay may have the message twice, under the same Message-ID
 * @param lastFailure why the last try failed, as classed, or {@code INTERRUPTED}
 */
public record EmailView(
    UUID id,
    UUID caseId,
    NoticeChannel channel,
    UUID templateVersionId,
    String language,
    String messageId,
    EmailStatus status,
    int attempts,
    int repeats,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    Instant failedAt,
    String lastFailure) {}
