package org.outreach.tasks;

import java.io.Serializable;
import org.outreach.registry.CustodyStatus;

/**
 * What a worklist narrows its tasks to; {@code null} (or {@code false}) leaves a criterion out.
 *
 * @param taskKey the task's id in its model ({@code Task_LocatePerson})
 * @param team the team the task is offered to
 * @param custodyStatus the custody status of the person the case is about
 * @param noticeLanguage the ISO 639-1 code of the person's notice language
 * @param facility a detention facility as the caseworker types it; matched through its blind index,
 *     never in clear
 * @param minimumPriority the least priority shown (the engine's 0 to 100; 50 is normal)
 * @param overdueOnly only tasks past their due date
 * @param claimedByMe only tasks the reader holds
 * @param caseReference one case's tasks
 * @param heldBy only tasks this staff member holds, by username (for supervisors, who see every
 *     task; a caseworker sees no one else's)
 */
public record WorklistFilter(
    String taskKey,
    String team,
    CustodyStatus custodyStatus,
    String noticeLanguage,
    String facility,
    Integer minimumPriority,
    boolean overdueOnly,
    boolean claimedByMe,
    String caseReference,
    String heldBy)
    implements Serializable {

  /** The longest facility name, case reference or key a filter takes. */
  public static final int MAX_TEXT = 200;

  /** Every task the reader may see. */
  public static final WorklistFilter ALL =
      new WorklistFilter(null, null, null, null, null, null, false, false, null, null);

  public WorklistFilter {
    taskKey = blankToNull(taskKey);
    team = blankToNull(team);
    noticeLanguage = blankToNull(noticeLanguage);
    facility = blankToNull(facility);
    caseReference = blankToNull(caseReference);
    heldBy = blankToNull(heldBy);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
