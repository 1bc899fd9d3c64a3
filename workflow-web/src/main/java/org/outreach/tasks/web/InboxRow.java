package org.outreach.tasks.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.outreach.tasks.TaskView;

/** One row of the inbox table, in the shape the page binds to. */
public class InboxRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final String id;
  private final String name;
  private final String guidance;
  private final String caseReference;
  private final String waitingSince;
  private final String claimedBy;
  private final boolean claimed;
  private final boolean claimedByMe;

  InboxRow(TaskView task) {
    this.id = task.id();
    this.name = task.name();
    this.guidance = TaskGuidance.forTask(task.taskKey());
    this.caseReference = task.caseReference();
    this.waitingSince = format(task.created());
    this.claimed = task.claimed();
    this.claimedByMe = task.claimedByMe();
    this.claimedBy = task.claimedByMe() ? "you" : (task.claimed() ? task.assignee() : "—");
  }

  private static String format(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getGuidance() {
    return guidance;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getWaitingSince() {
    return waitingSince;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public boolean isClaimed() {
    return claimed;
  }

  public boolean isClaimedByMe() {
    return claimedByMe;
  }
}
