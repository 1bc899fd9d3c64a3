package org.outreach.tasks.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.outreach.processes.ProcessModels;
import org.outreach.tasks.EngineKeys;
import org.outreach.tasks.WorkItems;

/**
 * {@value ProcessModels#TASK_LIFECYCLE_LISTENER}: tells {@link WorkItems} about every change of a
 * user task, in the engine's transaction. The engine's configuration adds it to every user task.
 */
@ApplicationScoped
@Named(ProcessModels.TASK_LIFECYCLE_LISTENER)
public class WorkItemTaskListener implements TaskListener {

  @Inject private WorkItems workItems;

  @Override
  public void notify(DelegateTask task) {
    String event = task.getEventName();
    if (EVENTNAME_COMPLETE.equals(event)) {
      workItems.completed(task.getId(), task.getAssignee());
      return;
    }
    if (EVENTNAME_DELETE.equals(event)) {
      workItems.untrack(task.getId());
      return;
    }
    workItems.track(
        new WorkItems.TaskState(
            task.getId(),
            task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
            EngineKeys.processKey(task.getProcessDefinitionId()),
            task.getTaskDefinitionKey(),
            team(task),
            task.getAssignee(),
            task.getPriority(),
            task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant()));
  }

  /** The campaign's tasks are offered to one team each (see {@code Teams}). */
  private static String team(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .sorted()
        .findFirst()
        .orElse(null);
  }
}
