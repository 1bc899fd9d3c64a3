package org.outreach.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.tasks.EngineKeys;

/**
 * Steps that failed, as the engine keeps them: a failed job carries the error of its last try and
 * the tries left; one out of tries is an incident and waits for a person. Supervisors list them,
 * incidents first, and try one or many again; each try asked for is audited with the supervisor's
 * name and the job's case.
 *
 * <p>A page costs three engine queries whatever its length: the failed jobs, their process
 * instances, and the root instances that carry the case.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class FailedJobs {

  /** The most failed jobs one page holds. */
  public static final int MOST_PER_PAGE = 200;

  /** The most jobs one retry takes. */
  public static final int MOST_RETRIED = 500;

  @Inject private ManagementService managementService;
  @Inject private RuntimeService runtimeService;
  @Inject private RepositoryService repositoryService;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;

  /** One page of failed jobs and how many there are in all, and of them incidents. */
  public record Found(long total, long incidents, List<FailedJob> jobs) {}

  /** How many failed steps are out of tries and wait for a person. */
  public long outOfTries() {
    return managementService.createJobQuery().withException().noRetriesLeft().count();
  }

  /** Failed jobs, those out of tries first, then by when they failed next try. */
  public Found find(int first, int max) {
    if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
      throw new IllegalArgumentException("page: first >= 0 and 1..." + MOST_PER_PAGE + " a page");
    }
    long total = managementService.createJobQuery().withException().count();
    long incidents = outOfTries();
    List<Job> jobs =
        managementService
            .createJobQuery()
            .withException()
            .orderByJobRetries()
            .asc()
            .orderByJobDuedate()
            .asc()
            .orderByJobId()
            .asc()
            .listPage(first, max);
    Map<String, UUID> caseOf = casesOf(jobs);
    Map<String, BpmnModelInstance> models = new HashMap<>();
    List<FailedJob> shown = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      String step = failedStep(job);
      shown.add(
          new FailedJob(
              job.getId(),
              job.getProcessDefinitionKey(),
              step,
              stepName(models, job.getProcessDefinitionId(), step),
              caseOf.get(job.getProcessInstanceId()),
              job.getRetries() > 0 && job.getDuedate() != null
                  ? job.getDuedate().toInstant()
                  : null,
              FailedJob.firstLine(job.getExceptionMessage()),
              job.getRetries()));
    }
    return new Found(total, incidents, shown);
  }

  /**
   * Gives each job one more try, now: its incident, if any, is resolved and the job executor takes
   * it at once. Jobs that succeeded or were deleted meanwhile are left out. Each job tried again is
   * recorded on the audit trail with its case.
   *
   * @return how many jobs were given another try
   */
  public int retry(Collection<String> jobIds) {
    if (jobIds.isEmpty() || jobIds.size() > MOST_RETRIED) {
      throw new IllegalArgumentException("jobs: 1 to " + MOST_RETRIED + " at a time");
    }
    List<Job> jobs =
        managementService.createJobQuery().jobIds(new HashSet<>(jobIds)).withException().list();
    if (jobs.isEmpty()) {
      return 0;
    }
    Map<String, UUID> caseOf = casesOf(jobs);
    List<String> ids = jobs.stream().map(Job::getId).toList();
    managementService.setJobRetries(ids, 1);
    Date now = new Date();
    String supervisor = session.getCallerPrincipal().getName();
    for (Job job : jobs) {
      managementService.setJobDuedate(job.getId(), now);
      UUID caseId = caseOf.get(job.getProcessInstanceId());
      entityManager.persist(
          caseId == null
              ? AuditEvent.onTrail(
                  supervisor, AuditAction.RETRY_FAILED_JOB, AccessPurpose.SUPERVISION)
              : AuditEvent.onCaseRecord(
                  supervisor,
                  null,
                  caseId,
                  AuditAction.RETRY_FAILED_JOB,
                  AccessPurpose.SUPERVISION,
                  "job:" + job.getId()));
    }
    return jobs.size();
  }

  /** Every failed job's id, at most {@value #MOST_RETRIED}, for a retry of all of them. */
  public List<String> allIds() {
    return managementService
        .createJobQuery()
        .withException()
        .orderByJobId()
        .asc()
        .listPage(0, MOST_RETRIED)
        .stream()
        .map(Job::getId)
        .toList();
  }

  /** The case of each job's process instance: the business key of the root instance. */
  private Map<String, UUID> casesOf(List<Job> jobs) {
    Set<String> instanceIds = new LinkedHashSet<>();
    for (Job job : jobs) {
      if (job.getProcessInstanceId() != null) {
        instanceIds.add(job.getProcessInstanceId());
      }
    }
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    List<ProcessInstance> instances =
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list();
    Map<String, String> rootOf = new HashMap<>();
    for (ProcessInstance instance : instances) {
      rootOf.put(
          instance.getId(),
          instance.getRootProcessInstanceId() == null
              ? instance.getId()
              : instance.getRootProcessInstanceId());
    }
    Map<String, String> keyOf = new HashMap<>();
    Set<String> roots = new HashSet<>(rootOf.values());
    for (ProcessInstance root :
        runtimeService.createProcessInstanceQuery().processInstanceIds(roots).list()) {
      keyOf.put(root.getId(), root.getBusinessKey());
    }
    Map<String, UUID> caseOf = new HashMap<>();
    rootOf.forEach(
        (instance, root) ->
            EngineKeys.caseIdOf(keyOf.get(root)).ifPresent(id -> caseOf.put(instance, id)));
    return caseOf;
  }

  private String failedStep(Job job) {
    return job.getFailedActivityId() != null ? job.getFailedActivityId() : "";
  }

  private String stepName(Map<String, BpmnModelInstance> models, String definitionId, String step) {
    if (definitionId == null || step.isEmpty()) {
      return step;
    }
    BpmnModelInstance model =
        models.computeIfAbsent(definitionId, repositoryService::getBpmnModelInstance);
    ModelElementInstance element = model == null ? null : model.getModelElementById(step);
    if (element instanceof FlowElement flowElement
        && flowElement.getName() != null
        && !flowElement.getName().isBlank()) {
      return flowElement.getName().strip();
    }
    return step;
  }
}
