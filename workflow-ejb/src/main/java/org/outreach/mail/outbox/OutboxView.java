package org.outreach.mail.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of the outbox as it stands, without its text or address.
 *
 * @param contentSha256 the SHA-256 of the text sent ({@link OutgoingText#sha256()})
 * @param repeats tries begun while an earlier try of the same message had its acceptance
 *     unrecorded: the relay may have the message twice, under the same Message-ID
 * @param lastFailure why the last try failed, as classed, or {@code INTERRUPTED}
 */
public record OutboxView(
    UUID id,
    MailPurpose purpose,
    String messageId,
    String contentSha256,
    EmailStatus status,
    int attempts,
    int repeats,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    Instant failedAt,
    String lastFailure) {}
