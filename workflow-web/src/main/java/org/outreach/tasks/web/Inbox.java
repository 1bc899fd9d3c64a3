package org.outreach.tasks.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.TaskView;

/** Backs {@code inbox.xhtml}: the tasks the logged-in user may work, and the actions on them. */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  @EJB private transient TaskInbox taskInbox;

  private List<TaskView> tasks;

  @PostConstruct
  void load() {
    tasks = taskInbox.visibleTasks();
  }

  public List<TaskView> getTasks() {
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

  public String formatted(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  private void act(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (TaskNotAvailableException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
    }
    load();
  }
}
