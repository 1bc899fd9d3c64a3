package org.outreach.tasks.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.outreach.tasks.WorklistEntry;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * One row of a worklist with its words already in the reader's language: the page prints them as
 * they are, so fifty rows cost no lookups while they are written out.
 */
public class InboxRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String caseReference;
  private final String taskName;
  private final boolean claimed;
  private final boolean claimedByMe;
  private final boolean overdue;
  private final boolean removalStop;
  private final boolean raised;
  private final String name;
  private final String language;
  private final String custody;
  private final String facility;
  private final String aNumber;
  private final String lastContact;
  private final String waitingSince;
  private final String due;
  private final String holder;

  /**
   * @param reader the reader's language
   * @param languageName a notice language's name in the reader's language, by its code
   */
  InboxRow(WorklistEntry entry, Locale reader, Function<String, String> languageName) {
    this.id = entry.taskId();
    this.caseReference = entry.caseReference();
    String taskKey = known(entry.taskKey()) ? entry.taskKey() : "unknown";
    this.taskName = ConsoleTexts.text(reader, ConsoleTexts.TASKS, "task." + taskKey + ".name");
    this.claimed = entry.holder() != null;
    this.claimedByMe = entry.claimedByMe();
    this.overdue = entry.overdue();
    this.removalStop = entry.removalStop();
    this.raised = entry.priority() > 50;
    this.name = entry.name();
    this.language =
        entry.noticeLanguage() == null ? null : languageName.apply(entry.noticeLanguage());
    this.custody =
        entry.custodyStatus() == null
            ? null
            : ConsoleTexts.text(
                reader, ConsoleTexts.CASES, "custody." + entry.custodyStatus().name());
    this.facility = entry.facility();
    this.aNumber = entry.aNumber();
    this.lastContact =
        entry.lastContactSource() == null
            ? null
            : ConsoleTexts.text(
                reader,
                ConsoleTexts.TASKS,
                "worklist.lastContact",
                entry.lastContactSource(),
                entry.lastContactOn() == null
                    ? ""
                    : ConsoleDateTimes.shown(entry.lastContactOn(), reader));
    this.waitingSince = shown(entry.waitingSince(), reader);
    this.due = shown(entry.due(), reader);
    this.holder =
        claimedByMe
            ? ConsoleTexts.text(reader, ConsoleTexts.CONSOLE, "inbox.claimedByYou")
            : claimed
                ? entry.holder()
                : ConsoleTexts.text(reader, ConsoleTexts.CONSOLE, "inbox.notClaimed");
  }

  private static String shown(Instant moment, Locale reader) {
    return moment == null ? null : ConsoleDateTimes.shown(moment, reader);
  }

  /** Whether the bundles name this kind of task (a model outside the campaign's is not named). */
  static boolean known(String taskKey) {
    return taskKey != null
        && ResourceBundle.getBundle(ConsoleTexts.TASKS).containsKey("task." + taskKey + ".name");
  }

  public String getId() {
    return id;
  }

  /** The address of the task's page, relative to the worklist's: a plain link. */
  public String getHref() {
    return "tasks/task.xhtml?task=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  public String getCaseReference() {
    return caseReference;
  }

  /** The kind of task, named in the reader's language. */
  public String getTaskName() {
    return taskName;
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

  /** A task to stop a scheduled removal: first in the list, in a colour nobody misses. */
  public boolean isRemovalStop() {
    return removalStop;
  }

  /** Raised above the normal priority (escalated) and not a removal to stop. */
  public boolean isRaised() {
    return raised && !removalStop;
  }

  public String getName() {
    return name;
  }

  /** The notice language's name in the reader's language, or {@code null}. */
  public String getLanguage() {
    return language;
  }

  /** The custody status in the reader's language, or {@code null}. */
  public String getCustody() {
    return custody;
  }

  public String getFacility() {
    return facility;
  }

  public String getANumber() {
    return aNumber;
  }

  /** "Last contact: source, day", or {@code null}. */
  public String getLastContact() {
    return lastContact;
  }

  public String getWaitingSince() {
    return waitingSince;
  }

  public String getDue() {
    return due;
  }

  /** Who holds the task, in words: "you", a display name, or a dash. */
  public String getHolder() {
    return holder;
  }

  /** The row's class: a removal to stop stands out; so does an overdue task. */
  public String getStyleClass() {
    if (removalStop) {
      return "worklist-removal-stop";
    }
    return overdue ? "worklist-overdue" : "";
  }
}
