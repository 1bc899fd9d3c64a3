package org.outreach.notice;

import java.util.UUID;

/** A letter in the queue, as callers outside this package see it. */
public record QueuedLetter(UUID id, UUID caseId, String language, LetterStatus status) {}
