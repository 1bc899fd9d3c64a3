package org.outreach.hold.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.hold.InvalidRemovalStopException;
import org.outreach.hold.NewRemovalStop;
import org.outreach.hold.RemovalStopRules;
import org.outreach.hold.RemovalStops;
import org.outreach.hold.StopChannel;
import org.outreach.processes.OutreachProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/removal-stop-form.xhtml} on the page of a {@value
 * OutreachProcess#TASK_STOP_SCHEDULED_REMOVAL} task held by the reader: the attempts recorded so
 * far, and a new one (who was reached, how, when, whether they confirmed the removal is stopped,
 * and what was said). A confirmed stop completes the task; one not confirmed is recorded and the
 * task stays open on the page. A rule broken is said next to its field.
 */
@Named
@ViewScoped
public class RemovalStopForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The answers to "is the removal stopped?". */
  private static final String YES = "YES";

  private static final String NO = "NO";

  private static final Map<InvalidRemovalStopException.Field, String> FIELD_IDS =
      Map.of(
          InvalidRemovalStopException.Field.REACHED, "stop-reached",
          InvalidRemovalStopException.Field.CHANNEL, "stop-channel",
          InvalidRemovalStopException.Field.REACHED_AT, "stop-when",
          InvalidRemovalStopException.Field.STOPPED, "stop-stopped",
          InvalidRemovalStopException.Field.NOTE, "stop-note");

  @EJB private RemovalStops stops;
  @Inject private TaskPage taskPage;

  private List<StopAttemptRow> rows;
  private String reached;
  private StopChannel channel;
  private String reachedAt;
  private String stopped;
  private String note;

  /** Whether the page shows the form: a removal-stop task the reader holds. */
  public boolean isShown() {
    return OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** The attempts recorded on the task, oldest first (read once per view and after a record). */
  public List<StopAttemptRow> getRows() {
    if (rows == null) {
      rows = List.of();
      if (isShown()) {
        try {
          rows =
              stops.attemptsForTask(taskPage.getTask()).stream().map(StopAttemptRow::new).toList();
        } catch (TaskNotAvailableException e) {
          rows = List.of();
        }
      }
    }
    return rows;
  }

  /**
   * Records the attempt. A confirmed stop completes the task (back to the inbox); otherwise the
   * page shows again with the attempt listed and the task still open.
   */
  public String record() {
    OffsetDateTime when;
    try {
      when = ConsoleDateTimes.fromInput(reachedAt);
    } catch (DateTimeParseException e) {
      sayAt("stop-when", "removalStop.error.REACHED_AT.REQUIRED");
      return null;
    }
    Boolean confirmed =
        YES.equals(stopped) ? Boolean.TRUE : NO.equals(stopped) ? Boolean.FALSE : null;
    boolean completed;
    try {
      completed =
          stops.record(
              taskPage.getTask(), new NewRemovalStop(reached, channel, when, confirmed, note));
    } catch (InvalidRemovalStopException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "removalStop.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    if (!completed) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "removalStop.notStopped");
      reached = null;
      channel = null;
      reachedAt = null;
      stopped = null;
      note = null;
      rows = null;
      return null;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "removalStop.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** A message next to the field (and in the page's announced list of messages). */
  private static void sayAt(String fieldId, String key) {
    ConsoleTexts.sayAt("work:" + fieldId, ConsoleTexts.TASKS, key);
  }

  public List<StopChannel> getChannels() {
    return Arrays.asList(StopChannel.values());
  }

  /** The answers to "is the removal stopped?", as the radio buttons offer them. */
  public List<String> getAnswers() {
    return List.of(YES, NO);
  }

  /** The latest moment the time input offers: now, in the campaign's time zone. */
  public String getLatest() {
    return ConsoleDateTimes.latestInput();
  }

  public int getReachedMaxLength() {
    return RemovalStopRules.REACHED_MAX_LENGTH;
  }

  public int getNoteMaxLength() {
    return RemovalStopRules.NOTE_MAX_LENGTH;
  }

  public String getReached() {
    return reached;
  }

  public void setReached(String reached) {
    this.reached = reached;
  }

  public StopChannel getChannel() {
    return channel;
  }

  public void setChannel(StopChannel channel) {
    this.channel = channel;
  }

  public String getReachedAt() {
    return reachedAt;
  }

  public void setReachedAt(String reachedAt) {
    this.reachedAt = reachedAt;
  }

  public String getStopped() {
    return stopped;
  }

  public void setStopped(String stopped) {
    this.stopped = stopped;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
