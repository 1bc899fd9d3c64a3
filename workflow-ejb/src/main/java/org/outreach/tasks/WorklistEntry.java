package org.outreach.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.outreach.registry.CustodyStatus;

/**
 * One row of a worklist: the task, its case, and the need-to-know columns of its kind of task
 * ({@link NeedToKnow#forRow}); a column the task does not need is {@code null}.
 *
 * @param holder the display name of whoever holds the task, {@code null} when unclaimed
 * @param removalStop whether the task is to stop a scheduled removal, which every list shows first
 * @param name the person's given names and family name
 * @param lastContactSource where the most recent safe contact point came from (locate rows)
 * @param lastContactOn as of when it was known
 */
public record WorklistEntry(
    String taskId,
    String taskKey,
    UUID caseId,
    String caseReference,
    String team,
    String holder,
    boolean claimedByMe,
    int priority,
    Instant waitingSince,
    Instant due,
    boolean overdue,
    boolean removalStop,
    CustodyStatus custodyStatus,
    String noticeLanguage,
    String name,
    String aNumber,
    String facility,
    String lastContactSource,
    LocalDate lastContactOn) {

  public boolean claimed() {
    return holder != null;
  }

  @Override
  public String toString() {
    return "WorklistEntry[" + taskId + ", " + caseReference + "]";
  }
}
