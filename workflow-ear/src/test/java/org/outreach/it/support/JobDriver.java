package org.outreach.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives a case's jobs the way time would: a timer due in days is executed now, in a transaction of
 * its own, as the job executor would run it once due, under the system's identity as the job
 * executor runs it. Everything else is left to the job executor.
 */
@Stateless
@PermitAll
@RunAs("system")
public class JobDriver {

  @Inject private ManagementService managementService;
  @Inject private RuntimeService runtimeService;
  @Inject private HistoryService historyService;

  /** A timer waiting in one of the case's process instances, with the element it belongs to. */
  public record WaitingTimer(String jobId, String activityId) {}

  /** The ids of the process instances of a case (the outreach instance and its children). */
  public Set<String> instancesOf(String caseId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseId)
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  /**
   * Jobs of the case that are due and will run (async steps, due timers): the ones the job executor
   * would run now, and a first step held back while a bulk start of another test runs (see {@code
   * FirstStepPacing}), which runs once that start ends.
   */
  public long pendingJobs(String caseId) {
    return jobsOf(caseId).stream()
        .filter(job -> job.getRetries() > 0)
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(new java.util.Date()))
        .count();
  }

  /** The first failure of a case's job, if any: the engine's message (ids and rules only). */
  public Optional<String> failure(String caseId) {
    return jobsOf(caseId).stream()
        .filter(job -> job.getExceptionMessage() != null)
        .findFirst()
        .map(
            job ->
                activityOf(job)
                    + ": "
                    + job.getExceptionMessage()
                    + "\n"
                    + managementService.getJobExceptionStacktrace(job.getId()));
  }

  /** The case's timers, earliest first. */
  public List<WaitingTimer> timers(String caseId) {
    return instancesOf(caseId).stream()
        .flatMap(
            instance ->
                managementService
                    .createJobQuery()
                    .processInstanceId(instance)
                    .timers()
                    .list()
                    .stream())
        .sorted(Comparator.comparing(Job::getDuedate))
        .map(job -> new WaitingTimer(job.getId(), activityOf(job)))
        .filter(timer -> timer.activityId() != null)
        .toList();
  }

  /** Executes one job now, as the job executor would once it is due. */
  public void execute(String jobId) {
    managementService.executeJob(jobId);
  }

  private List<Job> jobsOf(String caseId) {
    return instancesOf(caseId).stream()
        .flatMap(
            instance ->
                managementService.createJobQuery().processInstanceId(instance).list().stream())
        .toList();
  }

  /**
   * What the engine knows of a case's process instances, for a failure message: each instance's
   * process, state, why it ended, where it waits and its jobs (ids and element names only).
   */
  public String describe(String caseId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId)
        .list()
        .stream()
        .map(
            instance ->
                instance.getProcessDefinitionKey()
                    + " "
                    + instance.getState()
                    + (instance.getDeleteReason() == null
                        ? ""
                        : " (" + instance.getDeleteReason() + ")")
                    + (instance.getEndTime() == null
                        ? " at "
                            + runtimeService.getActiveActivityIds(instance.getId())
                            + ", jobs "
                            + managementService
                                .createJobQuery()
                                .processInstanceId(instance.getId())
                                .list()
                                .stream()
                                .map(
                                    job ->
                                        activityOf(job)
                                            + " retries "
                                            + job.getRetries()
                                            + " due "
                                            + job.getDuedate())
                                .toList()
                        : " ended " + instance.getEndTime() + " at " + instance.getEndActivityId()))
        .collect(Collectors.joining("; "));
  }

  private String activityOf(Job job) {
    if (job.getJobDefinitionId() == null) {
      return null;
    }
    var definition =
        managementService
            .createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId())
            .singleResult();
    return definition == null ? null : definition.getActivityId();
  }
}
