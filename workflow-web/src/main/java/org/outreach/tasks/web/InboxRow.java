package org.outreach.tasks.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
  private final boolean overdue;
  private final String outcomeVariable;
  private final List<Choice> outcomes;

  /**
   * One way to complete a task: the value sent and the label shown. A class with getters, not a
   * record: the pages' expression language reads bean properties only.
   */
  public static final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String label;

    Choice(String value, String label) {
      this.value = value;
      this.label = label;
    }

    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  InboxRow(TaskView task) {
    this.id = task.id();
    this.name = task.name();
    this.guidance = TaskGuidance.forTask(task.taskKey());
    this.caseReference = task.caseReference();
    this.waitingSince = format(task.created());
    this.claimed = task.claimed();
    this.claimedByMe = task.claimedByMe();
    this.claimedBy = task.claimedByMe() ? "you" : (task.claimed() ? task.assignee() : "—");
    this.overdue = task.due() != null && task.due().isBefore(Instant.now());
    this.outcomeVariable = task.outcomeVariable();
    this.outcomes =
        task.outcomeValues().stream()
            .map(value -> new Choice(value, TaskGuidance.outcomeLabel(value)))
            .toList();
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

  public boolean isOverdue() {
    return overdue;
  }

  /** Whether completing needs one of {@link #getOutcomes()}. */
  public boolean isHasOutcome() {
    return outcomeVariable != null;
  }

  public String getOutcomeVariable() {
    return outcomeVariable;
  }

  public List<Choice> getOutcomes() {
    return outcomes;
  }
}
