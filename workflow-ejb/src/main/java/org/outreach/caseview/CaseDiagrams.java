package org.outreach.caseview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.outreach.engine.ModelTexts;
import org.outreach.tasks.EngineKeys;

/**
 * The processes a case is in right now, as the case view draws them: each running process of the
 * case (the outreach process and every process it called that has not ended, sharing the case's
 * business key) with its model's BPMN and the steps it waits in. Models and steps carry no personal
 * data; model texts come from {@link ModelTexts}, which keeps each once read.
 */
@ApplicationScoped
public class CaseDiagrams {

  @Inject private RuntimeService runtimeService;
  @Inject private ModelTexts models;

  /** A running process of a case: its process key, its model's BPMN, the steps it waits in. */
  public record Diagram(String processKey, String bpmnXml, List<String> activeSteps) {

    /** Names the process only. */
    @Override
    public String toString() {
      return "Diagram[" + processKey + ", " + activeSteps + "]";
    }
  }

  /** The case's running processes, the outreach process first. The caller checked access. */
  List<Diagram> of(UUID caseId) {
    List<Diagram> diagrams = new ArrayList<>();
    for (ProcessInstance instance :
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .active()
            .list()) {
      // read as a query that finds nothing once the process has ended: a called process may end
      // between the two reads, and a read that fails inside the engine would roll back the
      // caller's transaction with it (the audit of this very display)
      ActivityInstance running = runtimeService.getActivityInstance(instance.getId());
      if (running == null) {
        continue;
      }
      List<String> steps = new ArrayList<>();
      collectWaitingSteps(running, steps);
      String definitionId = instance.getProcessDefinitionId();
      diagrams.add(
          new Diagram(
              EngineKeys.processKey(definitionId), models.of(definitionId), List.copyOf(steps)));
    }
    diagrams.sort(
        Comparator.comparing((Diagram d) -> !"outreach".equals(d.processKey()))
            .thenComparing(Diagram::processKey));
    return diagrams;
  }

  /**
   * The steps the process waits in: the innermost activities of its tree (a scope such as an
   * embedded sub-process is not drawn as waiting, the step inside it is), and every step whose
   * continuation waits as a job.
   */
  private static void collectWaitingSteps(ActivityInstance scope, List<String> steps) {
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0
          && child.getChildTransitionInstances().length == 0) {
        steps.add(child.getActivityId());
      } else {
        collectWaitingSteps(child, steps);
      }
    }
    for (TransitionInstance waiting : scope.getChildTransitionInstances()) {
      steps.add(waiting.getActivityId());
    }
  }
}
