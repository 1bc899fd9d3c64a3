package org.outreach.importing;

import java.io.Serializable;
import java.util.UUID;

/**
 * How far the bulk start of an import's new people is: {@code total} new people, {@code done} of
 * them have a case with a running process, {@code failed} were in chunks that failed in the last
 * run (retryable); {@code running} says a run is under way in this server.
 */
public record StartProgress(
    UUID importId, ImportState state, int total, int done, int failed, boolean running)
    implements Serializable {}
