package org.outreach.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.access.SystemIdentity;
import org.outreach.processes.Teams;

/**
 * At start, checks that {@code work_item} holds as many tasks as the engine has open, and tracks
 * them again when it does not (a database from before the table existed, or restored from a backup
 * of another moment). Normally the counts agree and nothing is written.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@PermitAll
@RunAs(SystemIdentity.ROLE)
public class WorkItemsReconciliation {

  private static final Logger LOG = Logger.getLogger(WorkItemsReconciliation.class.getName());
  private static final int PAGE = 500;

  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private WorkItems workItems;

  @PostConstruct
  void atStart() {
    reconcile();
  }

  /**
   * Tracks every open task of the campaign's teams that has no row, and removes every row whose
   * task is no longer open; returns how many rows changed. Tasks created or completed meanwhile are
   * tracked by the listener in their own transactions.
   */
  @RolesAllowed(SystemIdentity.ROLE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int reconcile() {
    Set<String> tracked = workItems.trackedTaskIds();
    Set<String> open = new HashSet<>();
    int added = 0;
    for (String team : Teams.ALL) {
      for (int first = 0; ; first += PAGE) {
        List<Task> tasks =
            taskService
                .createTaskQuery()
                .taskCandidateGroup(team)
                .includeAssignedTasks()
                .orderByTaskId()
                .asc()
                .listPage(first, PAGE);
        if (tasks.isEmpty()) {
          break;
        }
        List<Task> missing = new ArrayList<>();
        for (Task task : tasks) {
          open.add(task.getId());
          if (!tracked.contains(task.getId())) {
            missing.add(task);
          }
        }
        added += track(team, missing);
      }
    }
    Set<String> gone = new HashSet<>(tracked);
    gone.removeAll(open);
    // a row of a task that is open but offered to no campaign team stays
    for (Task task : gone.isEmpty() ? List.<Task>of() : stillOpen(gone)) {
      gone.remove(task.getId());
    }
    gone.forEach(workItems::untrack);
    int changed = added + gone.size();
    if (changed > 0) {
      int tracked2 = added;
      int removed = gone.size();
      LOG.warning(
          () ->
              "Work items were out of step with the engine: "
                  + tracked2
                  + " tracked, "
                  + removed
                  + " removed");
    }
    return changed;
  }

  private int track(String team, List<Task> tasks) {
    if (tasks.isEmpty()) {
      return 0;
    }
    Map<String, String> businessKeys = businessKeys(tasks);
    int tracked = 0;
    for (Task task : tasks) {
      boolean done =
          workItems.track(
              new WorkItems.TaskState(
                  task.getId(),
                  businessKeys.get(task.getProcessInstanceId()),
                  EngineKeys.processKey(task.getProcessDefinitionId()),
                  task.getTaskDefinitionKey(),
                  team,
                  task.getAssignee(),
                  task.getPriority(),
                  task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                  task.getDueDate() == null ? null : task.getDueDate().toInstant()));
      if (done) {
        tracked++;
      }
    }
    return tracked;
  }

  private List<Task> stillOpen(Set<String> taskIds) {
    List<Task> open = new ArrayList<>();
    List<String> ids = List.copyOf(taskIds);
    for (int first = 0; first < ids.size(); first += PAGE) {
      open.addAll(
          taskService
              .createTaskQuery()
              .taskIdIn(
                  ids.subList(first, Math.min(ids.size(), first + PAGE)).toArray(String[]::new))
              .list());
    }
    return open;
  }

  private Map<String, String> businessKeys(List<Task> tasks) {
    Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> keys = new HashMap<>();
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
      keys.put(instance.getId(), instance.getBusinessKey());
    }
    return keys;
  }
}
