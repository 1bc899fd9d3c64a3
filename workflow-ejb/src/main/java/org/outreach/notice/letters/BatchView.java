package org.outreach.notice.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A print batch: its name ({@code letters-2025-12-01-1}, also its file names), state and counts.
 *
 * @param unprinted letters of the batch left unprinted: their case had no safe postal address any
 *     more, or the address reached a government or a consulate; their processes were told
 */
public record BatchView(
    UUID id,
    String name,
    LocalDate printDate,
    int dayNumber,
    BatchStatus status,
    int letters,
    int pages,
    int unprinted,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime mailedAt,
    String mailedBy) {}
