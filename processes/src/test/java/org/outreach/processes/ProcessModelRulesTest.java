package org.outreach.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules for every process model, checked on the files themselves: what the engine would
 * accept but the campaign must not have.
 */
class ProcessModelRulesTest {

  static final List<Class<?>> PROCESS_CLASSES =
      List.of(
          OutreachProcess.class,
          LocatePersonProcess.class,
          DeliverNoticeProcess.class,
          CustodyReviewProcess.class,
          CourtAccessProcess.class,
          ReturnTravelProcess.class);

  static Stream<String> processResources() {
    return ProcessModels.RESOURCES.stream().filter(resource -> resource.endsWith(".bpmn"));
  }

  private static BpmnModelInstance read(String resource) {
    InputStream stream = ProcessModelRulesTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(stream).as(resource).isNotNull();
    return Bpmn.readModelFromStream(stream);
  }

  private static Set<String> constants(String prefix) throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Class<?> type : PROCESS_CLASSES) {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers())
            && field.getName().startsWith(prefix)
            && field.getType() == String.class) {
          values.add((String) field.get(null));
        }
      }
    }
    return values;
  }

  private static Set<String> constantsOf(Class<?> type) throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void theFileIsNamedAfterItsExecutableProcessWhichKeepsItsHistoryTenYears(String resource) {
    Collection<Process> processes = read(resource).getModelElementsByType(Process.class);

    assertThat(processes).hasSize(1);
    Process process = processes.iterator().next();
    assertThat(process.getId() + ".bpmn").isEqualTo(resource);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void everyDelegateIsANamedBeanFromTheConstants(String resource) throws Exception {
    Set<String> delegates = constants("DELEGATE_");

    for (ServiceTask task : read(resource).getModelElementsByType(ServiceTask.class)) {
      String expression = task.getCamundaDelegateExpression();
      assertThat(expression).as(task.getId()).matches("\\$\\{[A-Za-z]+\\}");
      assertThat(delegates)
          .as(task.getId())
          .contains(expression.substring(2, expression.length() - 1));
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void everyServiceTaskIsASavePointWithRetries(String resource) {
    for (ServiceTask task : read(resource).getModelElementsByType(ServiceTask.class)) {
      assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
      Collection<CamundaFailedJobRetryTimeCycle> cycles =
          task.getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaFailedJobRetryTimeCycle.class)
              .list();
      assertThat(cycles).as(task.getId()).hasSize(1);
      assertThat(cycles.iterator().next().getTextContent()).as(task.getId()).matches("R5/PT[15]M");
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void everyUserTaskHasATeamADueDateAndAnOverdueEscalation(String resource) throws Exception {
    BpmnModelInstance model = read(resource);
    Set<String> teams = Set.copyOf(Teams.ALL);

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroupsList()).as(task.getId()).hasSize(1);
      assertThat(teams).as(task.getId()).containsAll(task.getCamundaCandidateGroupsList());
      assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaAssignee()).as(task.getId()).isNull();
      assertThat(TaskOutcomes.BY_TASK).as("TaskOutcomes").containsKey(task.getId());

      List<BoundaryEvent> escalations = new ArrayList<>();
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() == task
            && !boundary.cancelActivity()
            && boundary.getEventDefinitions().stream()
                .anyMatch(TimerEventDefinition.class::isInstance)) {
          TimerEventDefinition timer =
              (TimerEventDefinition) boundary.getEventDefinitions().iterator().next();
          String when =
              timer.getTimeDuration() != null
                  ? timer.getTimeDuration().getTextContent()
                  : timer.getTimeDate().getTextContent();
          if (when.equals(task.getCamundaDueDate())) {
            escalations.add(boundary);
          }
        }
      }
      assertThat(escalations).as("overdue timer of %s at its due date", task.getId()).hasSize(1);
      FlowNode next = escalations.get(0).getOutgoing().iterator().next().getTarget();
      assertThat(next).as(task.getId()).isInstanceOf(ServiceTask.class);
      assertThat(((ServiceTask) next).getCamundaDelegateExpression())
          .isEqualTo("${" + OutreachProcess.DELEGATE_ESCALATE_OVERDUE_TASK + "}");
      assertThat(next.getExtensionElements().getDomElement().getTextContent())
          .as("escalation of %s names the task", task.getId())
          .contains(task.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void callActivitiesPassTheBusinessKeyAndNamedVariablesOnly(String resource) {
    for (CallActivity call : read(resource).getModelElementsByType(CallActivity.class)) {
      List<CamundaIn> ins =
          call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
      List<CamundaOut> outs =
          call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
      assertThat(ins)
          .as(call.getId())
          .anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
      assertThat(ins).as(call.getId()).noneMatch(in -> "all".equals(in.getCamundaVariables()));
      assertThat(outs).as(call.getId()).noneMatch(out -> "all".equals(out.getCamundaVariables()));
      assertThat(call.getCamundaCalledElementBinding()).as(call.getId()).isEqualTo("deployment");
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void everyMessageIsOneOfTheCorrelatedMessages(String resource) throws Exception {
    Set<String> messages = constantsOf(ProcessMessages.class);

    for (Message message : read(resource).getModelElementsByType(Message.class)) {
      assertThat(messages).as(message.getId()).contains(message.getName());
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void idsTellWhatAnElementIsAndEveryElementIsDrawn(String resource) {
    BpmnModelInstance model = read(resource);
    Set<String> drawn = new HashSet<>();
    model
        .getModelElementsByType(BpmnShape.class)
        .forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model
        .getModelElementsByType(BpmnEdge.class)
        .forEach(e -> drawn.add(e.getBpmnElement().getId()));

    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId())
          .as("id of a %s", element.getElementType().getTypeName())
          .matches(
              "(Task|Gateway|Flow|Timer|Event|StartEvent|EndEvent|SubProcess|CallActivity)_[A-Z][A-Za-z]+");
      if (element instanceof SequenceFlow) {
        assertThat(element.getId()).startsWith("Flow_");
      }
      assertThat(drawn).as("diagram of %s", element.getId()).contains(element.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("processResources")
  void everyActivityTheConstantsNameExistsInTheModel(String resource) throws Exception {
    BpmnModelInstance model = read(resource);
    String key = resource.substring(0, resource.length() - ".bpmn".length());
    Class<?> constants =
        PROCESS_CLASSES.stream()
            .filter(
                type -> {
                  try {
                    return key.equals(type.getField("PROCESS_KEY").get(null));
                  } catch (ReflectiveOperationException e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow();

    for (Field field : constants.getFields()) {
      String name = field.getName();
      if (field.getType() == String.class
          && !field.isAnnotationPresent(Deprecated.class)
          && Stream.of(
                  "START_", "TASK_", "GATEWAY_", "END_", "EVENT_", "TIMER_", "CALL_", "SUBPROCESS_")
              .anyMatch(name::startsWith)) {
        String id = (String) field.get(null);
        assertThat(model.<BaseElement>getModelElementById(id))
            .as("%s.%s = %s", constants.getSimpleName(), name, id)
            .isNotNull();
      }
    }
  }
}
