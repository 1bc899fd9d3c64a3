package org.outreach.tasks.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.outreach.cases.process.ProcessValues;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessVariables;
import org.outreach.tasks.TaskEscalation;

/**
 * {@value OutreachProcess#DELEGATE_ESCALATE_OVERDUE_TASK}: runs after the non-interrupting timer on
 * a user task (or as a listener on that timer) and escalates the task the timer is attached to.
 */
@ApplicationScoped
@Named(OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK)
public class EscalateOverdueTaskDelegate implements JavaDelegate {

  @Inject private TaskEscalation escalation;

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey =
        ProcessValues.text(execution, ProcessVariables.VAR_OVERDUE_TASK)
            .orElseGet(() -> overdueTaskOf(execution.getBpmnModelElementInstance()));
    if (taskKey == null) {
      throw new IllegalStateException(
          ProcessVariables.VAR_OVERDUE_TASK
              + ": not set, and element "
              + execution.getCurrentActivityId()
              + " is not reached from a timer on a user task");
    }
    escalation.escalate(execution.getProcessInstanceId(), ProcessValues.caseId(execution), taskKey);
  }

  /** The user task whose boundary timer led here: the element itself or the one just before. */
  static String overdueTaskOf(FlowElement element) {
    if (element instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo().getId();
    }
    if (element instanceof FlowNode node) {
      for (SequenceFlow incoming : node.getIncoming()) {
        if (incoming.getSource() instanceof BoundaryEvent boundary) {
          return boundary.getAttachedTo().getId();
        }
      }
    }
    return null;
  }
}
