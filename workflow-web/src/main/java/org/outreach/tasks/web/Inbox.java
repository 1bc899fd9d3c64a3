package org.outreach.tasks.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.outreach.tasks.InvalidTaskOutcomeException;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/** Backs {@code inbox.xhtml}: the tasks the logged-in user may work, and the actions on them. */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TaskInbox taskInbox;

  private List<InboxRow> tasks;

  @PostConstruct
  void load() {
    tasks = taskInbox.visibleTasks().stream().map(InboxRow::new).toList();
  }

  public List<InboxRow> getTasks() {
    return tasks;
  }

  public void claim(String taskId) {
    act(() -> taskInbox.claim(taskId), "Task claimed.");
  }

  public void unclaim(String taskId) {
    act(() -> taskInbox.unclaim(taskId), "Task returned to the team.");
  }

  public void complete(String taskId) {
    act(() -> taskInbox.complete(taskId), "Task completed.");
  }

  /** Completes a task with the outcome the caseworker pressed. */
  public void completeWith(String taskId, String variable, String value) {
    act(() -> taskInbox.complete(taskId, Map.of(variable, value)), "Task completed.");
  }

  private void act(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (TaskNotAvailableException | InvalidTaskOutcomeException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
    }
    load();
  }
}
