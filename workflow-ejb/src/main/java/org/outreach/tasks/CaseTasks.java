package org.outreach.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/**
 * The user tasks of one case, across the outreach process and every process it called (they share
 * the case's business key): the open ones for the case view, and the finished ones on its timeline,
 * with who did them. Holds no personal data: task names, times and usernames only.
 */
@ApplicationScoped
public class CaseTasks implements CaseTimelineSource {

  /**
   * Completed through the console or a form; any other end (a boundary event, a cancelled case).
   */
  private static final String COMPLETED = "completed";

  @Inject private TaskService taskService;
  @Inject private HistoryService historyService;

  /** An open task of a case: its id, kind, holder (username or {@code null}) and dates. */
  public record OpenTask(
      String id, String taskKey, String assignee, OffsetDateTime created, OffsetDateTime due) {}

  /** The open tasks of the case, oldest first. */
  public List<OpenTask> openTasksOf(UUID caseId) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseId.toString())
        .active()
        .list()
        .stream()
        .map(CaseTasks::open)
        .sorted(
            Comparator.comparing(
                OpenTask::created, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (HistoricTaskInstance task :
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .finished()
            .list()) {
      if (task.getEndTime() == null) {
        continue;
      }
      boolean completed = COMPLETED.equals(task.getDeleteReason());
      entries.add(
          new TimelineEntry(
              task.getEndTime().toInstant().atOffset(ZoneOffset.UTC),
              completed ? "task.completed" : "task.ended",
              task.getAssignee() == null ? null : task.getAssignee(),
              List.of(Fact.key("task", "task." + task.getTaskDefinitionKey() + ".name"))));
    }
    return entries;
  }

  private static OpenTask open(Task task) {
    return new OpenTask(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getAssignee(),
        task.getCreateTime() == null
            ? null
            : task.getCreateTime().toInstant().atOffset(ZoneOffset.UTC),
        task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(ZoneOffset.UTC));
  }
}
