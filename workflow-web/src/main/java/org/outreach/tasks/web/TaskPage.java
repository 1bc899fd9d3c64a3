package org.outreach.tasks.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.web.HistoryRow;
import org.outreach.registry.web.PersonSummary;
import org.outreach.tasks.InvalidAssigneeException;
import org.outreach.tasks.TaskAssignments;
import org.outreach.tasks.TaskDesk;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.TaskView;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code tasks/task.xhtml}: a task with what its kind needs to know of the person, the
 * removal hold and what was tried; claiming, handing back and giving it. The task is completed by
 * the form of its kind, which records what was done in the same transaction; nothing here completes
 * a task without a record. A task that is not the reader's to see answers 404, like one that does
 * not exist.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TaskDesk desk;
  @EJB private TaskInbox inbox;
  @EJB private TaskAssignments assignments;

  private String task;
  private TaskView view;
  private String caseReference;
  private String holdState;
  private OffsetDateTime holdEndsAt;
  private PersonSummary person;
  private List<HistoryRow> history;
  private List<SelectItem> members = List.of();
  private String giveTo;
  private String holder;

  /**
   * Loads the task named by the {@code task} parameter; 404 when it is not there for the reader.
   */
  public void load() throws IOException {
    try {
      TaskDesk.TaskFile file = desk.open(task);
      view = file.task();
      holder = file.holder();
      caseReference = file.caseSummary().reference();
      holdState = file.caseSummary().removalHoldState().name();
      holdEndsAt = file.caseSummary().removalHoldEndsAt();
      person = file.person().map(PersonSummary::new).orElse(null);
      history = file.history().stream().map(HistoryRow::new).toList();
      members =
          supervises()
              ? assignments.assignableMembers(task).stream()
                  .map(member -> new SelectItem(member.username(), member.displayName()))
                  .toList()
              : List.of();
    } catch (TaskNotAvailableException e) {
      view = null;
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public void claim() throws IOException {
    act(() -> inbox.claim(task), "inbox.claimed");
    load();
  }

  public void unclaim() throws IOException {
    act(() -> inbox.unclaim(task), "inbox.unclaimed");
    load();
  }

  /** A supervisor gives the task to the member of its team chosen. */
  public void give() throws IOException {
    try {
      assignments.reassign(List.of(task), giveTo);
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.given");
      giveTo = null;
    } catch (InvalidAssigneeException e) {
      ConsoleTexts.sayAt("work:give-to", ConsoleTexts.TASKS, "taskPage.giveTo.notMember");
    } catch (TaskNotAvailableException e) {
      TaskMessages.sayNotAvailable(e);
    }
    load();
  }

  private static boolean supervises() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("supervisor") || context.isUserInRole("admin");
  }

  /** The members of the task's team a supervisor can give it to; empty for everyone else. */
  public List<SelectItem> getMembers() {
    return members;
  }

  public String getGiveTo() {
    return giveTo;
  }

  public void setGiveTo(String giveTo) {
    this.giveTo = giveTo;
  }

  /** Claims or hands back, and says so; or says why the task is not there to act on. */
  private static void act(Runnable action, String done) {
    try {
      action.run();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CONSOLE, done);
    } catch (TaskNotAvailableException e) {
      TaskMessages.sayNotAvailable(e);
    }
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public String getTaskKey() {
    return view == null || !InboxRow.known(view.taskKey()) ? "unknown" : view.taskKey();
  }

  public String getCaseReference() {
    return caseReference;
  }

  public OffsetDateTime getDue() {
    return view == null || view.due() == null ? null : view.due().atOffset(ZoneOffset.UTC);
  }

  public boolean isOverdue() {
    return view != null && view.due() != null && view.due().isBefore(Instant.now());
  }

  public boolean isClaimed() {
    return view != null && view.claimed();
  }

  public boolean isClaimedByMe() {
    return view != null && view.claimedByMe();
  }

  /** The display name of whoever holds the task. */
  public String getAssignee() {
    return holder;
  }

  public String getHoldState() {
    return holdState;
  }

  public OffsetDateTime getHoldEndsAt() {
    return holdEndsAt;
  }

  /** Days the hold stands after proven notice, as configured. */
  public long getHoldDays() {
    return CampaignSettings.current().removalHoldPeriod().toDays();
  }

  /** The person's record as far as this task needs it, or {@code null} for a demo case. */
  public PersonSummary getPerson() {
    return person;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }
}
