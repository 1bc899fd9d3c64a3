package org.outreach.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.outreach.engine.ModelTexts;
import org.outreach.tasks.EngineKeys;

/**
 * The campaign's processes measured for supervisors, as Cockpit measures them: per process its
 * running and completed instances, failed jobs and incidents, and the median and 90th percentile of
 * how long a completed one took; per step of one process how many instances wait there and how many
 * failed there; and the cases waiting at a step. Each figure is one engine query (statistics per
 * deployed version) or one aggregate query over the engine's history; no person's record is read.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class ProcessMetrics {

  /** The most cases one page of a step's list holds. */
  public static final int MOST_PER_PAGE = 200;

  @Inject private ManagementService managementService;
  @Inject private RepositoryService repositoryService;
  @Inject private RuntimeService runtimeService;
  @Inject private ModelTexts modelTexts;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * One process across its deployed versions.
   *
   * @param median how long half the completed instances took at most; {@code null} before one
   *     completed
   * @param p90 how long nine in ten completed instances took at most
   */
  public record ProcessFigures(
      String process,
      long running,
      long completed,
      long failedJobs,
      long incidents,
      Duration median,
      Duration p90)
      implements Serializable {}

  /** One step of a process: its name in the model, and the instances waiting or failed there. */
  public record StepFigures(String step, String name, long waiting, long failedJobs, long incidents)
      implements Serializable {}

  /** A process's latest model and its steps' figures, summed over every deployed version. */
  public record ProcessDiagram(String process, String bpmnXml, List<StepFigures> steps)
      implements Serializable {

    @Override
    public String toString() {
      return "ProcessDiagram[" + process + ", " + steps.size() + " steps]";
    }
  }

  /** One page of the cases waiting at a step, and how many there are in all. */
  public record CasesAtStep(long total, List<UUID> caseIds) {}

  /** Every deployed process, {@code outreach} first, then by key. */
  public List<ProcessFigures> processes() {
    Map<String, long[]> running = new LinkedHashMap<>();
    for (ProcessDefinitionStatistics version :
        managementService
            .createProcessDefinitionStatisticsQuery()
            .includeFailedJobs()
            .includeIncidents()
            .list()) {
      long[] sums = running.computeIfAbsent(version.getKey(), key -> new long[3]);
      sums[0] += version.getInstances();
      sums[1] += version.getFailedJobs();
      for (IncidentStatistics incident : version.getIncidentStatistics()) {
        sums[2] += incident.getIncidentCount();
      }
    }
    Map<String, Object[]> completed = new HashMap<>();
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT PROC_DEF_KEY_, COUNT(*),"
                    + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_),"
                    + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY DURATION_)"
                    + " FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND DURATION_ IS NOT NULL"
                    + " GROUP BY PROC_DEF_KEY_")
            .getResultList();
    for (Object row : rows) {
      Object[] values = (Object[]) row;
      completed.put((String) values[0], values);
      running.computeIfAbsent((String) values[0], key -> new long[3]);
    }
    List<ProcessFigures> figures = new ArrayList<>();
    running.forEach(
        (key, sums) -> {
          Object[] done = completed.get(key);
          figures.add(
              new ProcessFigures(
                  key,
                  sums[0],
                  done == null ? 0 : ((Number) done[1]).longValue(),
                  sums[1],
                  sums[2],
                  done == null ? null : millis(done[2]),
                  done == null ? null : millis(done[3])));
        });
    figures.sort(
        Comparator.comparing((ProcessFigures f) -> !"outreach".equals(f.process()))
            .thenComparing(ProcessFigures::process));
    return figures;
  }

  /** The process's latest model with its steps' figures; empty for a process not deployed. */
  public Optional<ProcessDiagram> diagram(String process) {
    List<ProcessDefinition> versions =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(process).list();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    ProcessDefinition latest =
        versions.stream().max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    Map<String, long[]> bySteps = new LinkedHashMap<>();
    for (ProcessDefinition version : versions) {
      for (ActivityStatistics step :
          managementService
              .createActivityStatisticsQuery(version.getId())
              .includeFailedJobs()
              .includeIncidents()
              .list()) {
        long[] sums = bySteps.computeIfAbsent(step.getId(), id -> new long[3]);
        sums[0] += step.getInstances();
        sums[1] += step.getFailedJobs();
        for (IncidentStatistics incident : step.getIncidentStatistics()) {
          sums[2] += incident.getIncidentCount();
        }
      }
    }
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(latest.getId());
    List<StepFigures> steps = new ArrayList<>();
    bySteps.forEach(
        (step, sums) ->
            steps.add(new StepFigures(step, nameOf(model, step), sums[0], sums[1], sums[2])));
    steps.sort(
        Comparator.comparing(StepFigures::waiting).reversed().thenComparing(StepFigures::step));
    return Optional.of(new ProcessDiagram(process, modelTexts.of(latest.getId()), steps));
  }

  /** The cases whose instance of the process waits at the step, oldest instance first. */
  public CasesAtStep casesAt(String process, String step, int first, int max) {
    if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
      throw new IllegalArgumentException("page: first >= 0 and 1..." + MOST_PER_PAGE + " a page");
    }
    long total =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(process)
            .activityIdIn(step)
            .count();
    List<UUID> cases = new ArrayList<>();
    for (ProcessInstance instance :
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(process)
            .activityIdIn(step)
            .orderByProcessInstanceId()
            .asc()
            .listPage(first, max)) {
      EngineKeys.caseIdOf(instance.getBusinessKey()).ifPresent(cases::add);
    }
    return new CasesAtStep(total, cases);
  }

  private String nameOf(BpmnModelInstance model, String step) {
    if (model != null && model.getModelElementById(step) instanceof FlowNode node) {
      String name = node.getName();
      if (name != null && !name.isBlank()) {
        return name.strip().replaceAll("\\s+", " ");
      }
    }
    return step;
  }

  private Duration millis(Object value) {
    return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue()));
  }
}
