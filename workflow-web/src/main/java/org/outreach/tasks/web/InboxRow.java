package org.outreach.tasks.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.ResourceBundle;
import org.outreach.tasks.WorklistEntry;
import org.outreach.web.ConsoleTexts;

/** One row of a worklist, in the shape the page binds to; words come from the bundles. */
public class InboxRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String taskKey;
  private final String caseReference;
  private final String team;
  private final Date waitingSince;
  private final Date due;
  private final String holder;
  private final boolean claimedByMe;
  private final boolean overdue;
  private final boolean removalStop;
  private final boolean raised;
  private final String custodyStatus;
  private final String noticeLanguage;
  private final String name;
  private final String aNumber;
  private final String facility;
  private final String lastContactSource;
  private final LocalDate lastContactOn;

  InboxRow(WorklistEntry entry) {
    this.id = entry.taskId();
    this.taskKey = known(entry.taskKey()) ? entry.taskKey() : "unknown";
    this.caseReference = entry.caseReference();
    this.team = entry.team();
    this.waitingSince = entry.waitingSince() == null ? null : Date.from(entry.waitingSince());
    this.due = entry.due() == null ? null : Date.from(entry.due());
    this.holder = entry.holder();
    this.claimedByMe = entry.claimedByMe();
    this.overdue = entry.overdue();
    this.removalStop = entry.removalStop();
    this.raised = entry.priority() > 50;
    this.custodyStatus = entry.custodyStatus() == null ? null : entry.custodyStatus().name();
    this.noticeLanguage = entry.noticeLanguage();
    this.name = entry.name();
    this.aNumber = entry.aNumber();
    this.facility = entry.facility();
    this.lastContactSource = entry.lastContactSource();
    this.lastContactOn = entry.lastContactOn();
  }

  /** Whether the bundles name this kind of task (a model outside the campaign's is not named). */
  static boolean known(String taskKey) {
    return taskKey != null
        && ResourceBundle.getBundle(ConsoleTexts.TASKS).containsKey("task." + taskKey + ".name");
  }

  public String getId() {
    return id;
  }

  /** The task's id in its model, or {@code unknown}: keys {@code task.<key>.name} and guidance. */
  /**
   * The address of the task's page, relative to the worklist's: written as a plain link, which
   * costs a page of fifty rows less than the navigation a Faces link resolves for each.
   */
  public String getHref() {
    return "tasks/task.xhtml?task=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  public String getTaskKey() {
    return taskKey;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getTeam() {
    return team;
  }

  public Date getWaitingSince() {
    return waitingSince;
  }

  public Date getDue() {
    return due;
  }

  /** The display name of whoever holds the task, or {@code null}. */
  public String getHolder() {
    return holder;
  }

  public boolean isClaimed() {
    return holder != null;
  }

  public boolean isClaimedByMe() {
    return claimedByMe;
  }

  public boolean isOverdue() {
    return overdue;
  }

  /** A task to stop a scheduled removal: first in the list, in a colour nobody misses. */
  public boolean isRemovalStop() {
    return removalStop;
  }

  /** Raised above the normal priority (escalated). */
  public boolean isRaised() {
    return raised;
  }

  /** {@code DETAINED}, ...; labels are {@code custody.<status>} in the cases bundle. */
  public String getCustodyStatus() {
    return custodyStatus;
  }

  public String getNoticeLanguage() {
    return noticeLanguage;
  }

  public String getName() {
    return name;
  }

  public String getANumber() {
    return aNumber;
  }

  public String getFacility() {
    return facility;
  }

  public String getLastContactSource() {
    return lastContactSource;
  }

  public LocalDate getLastContactOn() {
    return lastContactOn;
  }

  /** The row's class: a removal to stop stands out; so does an overdue task. */
  public String getStyleClass() {
    if (removalStop) {
      return "worklist-removal-stop";
    }
    return overdue ? "worklist-overdue" : "";
  }
}
