package org.outreach.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.outreach.processes.ProcessModels;

/**
 * Adds one listener to every user task of every model, for every change of its life: the bean
 * {@value ProcessModels#TASK_LIFECYCLE_LISTENER}. Built in, so it runs even where custom listeners
 * are skipped (a process instance deleted with {@code skipCustomListeners}).
 */
final class TaskLifecycleParseListener extends AbstractBpmnParseListener {

  private static final List<String> EVENTS =
      List.of(
          TaskListener.EVENTNAME_CREATE,
          TaskListener.EVENTNAME_ASSIGNMENT,
          TaskListener.EVENTNAME_UPDATE,
          TaskListener.EVENTNAME_COMPLETE,
          TaskListener.EVENTNAME_DELETE);

  private final TaskListener listener;

  TaskLifecycleParseListener(Map<Object, Object> beans) {
    this.listener = new NamedBeanListener(beans);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      for (String event : EVENTS) {
        behavior.getTaskDefinition().addBuiltInTaskListener(event, listener);
      }
    }
  }

  /** Looks the bean up once, on first use: the engine parses models before CDI is asked. */
  private static final class NamedBeanListener implements TaskListener {

    private final Map<Object, Object> beans;
    private volatile TaskListener bean;

    NamedBeanListener(Map<Object, Object> beans) {
      this.beans = beans;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskListener target = bean;
      if (target == null) {
        Object found = beans.get(ProcessModels.TASK_LIFECYCLE_LISTENER);
        if (!(found instanceof TaskListener resolved)) {
          throw new IllegalStateException(
              "No task listener bean " + ProcessModels.TASK_LIFECYCLE_LISTENER);
        }
        target = resolved;
        bean = target;
      }
      target.notify(task);
    }
  }
}
