package org.outreach.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A task the caller holds, as another capability needs it to record work done for it: which task,
 * of which kind, on which case, and since when it is open (work recorded for it cannot be older).
 * Ids and a moment only.
 *
 * @param openedAt when the engine created the task; {@code null} when unknown
 */
public record HeldTask(String id, String taskKey, UUID caseId, Instant openedAt) {

  public HeldTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(taskKey, "taskKey");
    Objects.requireNonNull(caseId, "caseId");
  }

  /** A task whose opening moment is not known. */
  public HeldTask(String id, String taskKey, UUID caseId) {
    this(id, taskKey, caseId, null);
  }
}
