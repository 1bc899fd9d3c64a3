package org.outreach.notice.refusals;

import java.time.Instant;
import java.util.UUID;
import org.outreach.cases.NoticeChannel;
import org.outreach.recipients.RecipientClass;

/**
 * A notice refused because its address reaches a government or a consulate.
 *
 * @param noticeId the email of the outbox or the letter that was not sent
 */
public record RefusalView(
    UUID id,
    UUID caseId,
    NoticeChannel channel,
    RecipientClass recipientClass,
    UUID noticeId,
    Instant refusedAt) {}
