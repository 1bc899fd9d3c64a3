package org.outreach.tasks;

import java.time.Instant;

/**
 * A task as the console shows it: what to do, for which case (by reference), since when, and by
 * whom it is claimed. Holds no personal data.
 */
public record TaskView(
    String id,
    String taskKey,
    String name,
    String caseReference,
    Instant created,
    Instant due,
    String assignee,
    boolean claimedByMe) {

  public boolean claimed() {
    return assignee != null;
  }
}
