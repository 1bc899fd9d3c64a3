package org.outreach.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.outreach.processes.OutreachProcess;

/**
 * Lets a bulk start open every case before the job executor works on them: while a bulk start runs
 * on any server, the first asynchronous step of every new case ({@link
 * OutreachProcess#TASK_RECORD_CASE_OPENED}) is created suspended; when the last one ends, those
 * steps are released together. On two cores the job executor's threads would otherwise take most of
 * the processor from the one thread that opens cases, and a list of 6,000 would take minutes to
 * open instead of seconds; the cases' work itself is the same either way, and it starts once every
 * case exists. Steps of cases opened before the bulk start, timers and everything else go on as
 * usual.
 *
 * <p>The suspension is the engine's, in the shared database; {@link StartRuns} decides when, in the
 * transaction that changes the runs and under their lock, so a release and a new suspension never
 * overtake one another, on one server or across several.
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FirstStepPacing {

  private static final Logger LOG = Logger.getLogger(FirstStepPacing.class.getName());

  @Inject private ManagementService managementService;

  /** From now on, new cases' first steps are created suspended (steps waiting already stay so). */
  public void holdFirstSteps() {
    List<JobDefinition> active =
        firstSteps().stream().filter(first -> !first.isSuspended()).toList();
    for (JobDefinition first : active) {
      managementService
          .updateJobDefinitionSuspensionState()
          .byJobDefinitionId(first.getId())
          .includeJobs(false)
          .suspend();
    }
    if (!active.isEmpty()) {
      LOG.info("A bulk start runs: the first steps of new cases wait until it ends");
    }
  }

  /** The waiting first steps are released, and new ones run at once again. */
  public void releaseFirstSteps() {
    List<JobDefinition> suspended =
        firstSteps().stream().filter(JobDefinition::isSuspended).toList();
    for (JobDefinition first : suspended) {
      managementService
          .updateJobDefinitionSuspensionState()
          .byJobDefinitionId(first.getId())
          .includeJobs(true)
          .activate();
    }
    if (!suspended.isEmpty()) {
      LOG.info("No bulk start runs: the first steps of new cases are released");
    }
  }

  /** The job definitions of the first step, one per deployed version of the process. */
  private List<JobDefinition> firstSteps() {
    return managementService
        .createJobDefinitionQuery()
        .processDefinitionKey(OutreachProcess.PROCESS_KEY)
        .activityIdIn(OutreachProcess.TASK_RECORD_CASE_OPENED)
        .list();
  }
}
