package org.outreach.tasks.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

class EscalateOverdueTaskDelegateTest {

  private final BpmnModelInstance model =
      Bpmn.createExecutableProcess("p")
          .startEvent()
          .userTask("Task_LocatePerson")
          .boundaryEvent("Timer_LocatePersonOverdue")
          .cancelActivity(false)
          .timerWithDuration("P3D")
          .serviceTask("Task_EscalateLocatePerson")
          .endEvent()
          .moveToActivity("Task_LocatePerson")
          .serviceTask("Task_Other")
          .endEvent()
          .done();

  @Test
  void theStepBehindATimerEscalatesTheTaskTheTimerIsOn() {
    assertThat(EscalateOverdueTaskDelegate.overdueTaskOf(element("Task_EscalateLocatePerson")))
        .isEqualTo("Task_LocatePerson");
    assertThat(EscalateOverdueTaskDelegate.overdueTaskOf(element("Timer_LocatePersonOverdue")))
        .isEqualTo("Task_LocatePerson");
  }

  @Test
  void aStepNotBehindATimerNamesNoTask() {
    assertThat(EscalateOverdueTaskDelegate.overdueTaskOf(element("Task_Other"))).isNull();
  }

  private FlowElement element(String id) {
    return model.getModelElementById(id);
  }
}
