package org.outreach.tasks;

import java.util.Objects;
import java.util.UUID;

/**
 * A task the caller holds, as another capability needs it to record work done for it: which task,
 * of which kind, on which case. Ids only.
 */
public record HeldTask(String id, String taskKey, UUID caseId) {

  public HeldTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(taskKey, "taskKey");
    Objects.requireNonNull(caseId, "caseId");
  }
}
