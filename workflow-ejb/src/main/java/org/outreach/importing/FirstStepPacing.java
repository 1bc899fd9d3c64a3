package org.outreach.importing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.outreach.processes.OutreachProcess;

/**
 * Lets a bulk start open every case before the job executor works on them: while at least one bulk
 * start runs, the first asynchronous step of every new case ({@link
 * OutreachProcess#TASK_RECORD_CASE_OPENED}) is created suspended; when the last bulk start ends,
 * those steps are released together. On two cores the job executor's threads would otherwise take
 * most of the processor from the one thread that opens cases, and a list of 6,000 would take
 * minutes to open instead of seconds; the cases' work itself is the same either way, and it starts
 * once every case exists. Steps of cases opened before the bulk start, timers and everything else
 * go on as usual.
 *
 * <p>Bean-managed transactions: each change of the engine's job definitions commits on its own
 * before the lock is released, so a release and a new suspension never overtake one another.
 *
 * <p>Held in memory: after a restart no bulk start runs, so the first steps are released at boot in
 * case the server stopped in the middle of one.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStepPacing {

  private static final Logger LOG = Logger.getLogger(FirstStepPacing.class.getName());

  @Inject private ManagementService managementService;

  private int running;

  @PostConstruct
  void releaseAfterRestart() {
    release();
  }

  /** A bulk start begins: from now on, new cases' first steps wait until the last one ends. */
  public synchronized void bulkStartBegins() {
    if (running == 0) {
      try {
        for (JobDefinition first : firstSteps()) {
          managementService
              .updateJobDefinitionSuspensionState()
              .byJobDefinitionId(first.getId())
              .includeJobs(false)
              .suspend();
        }
      } catch (RuntimeException e) {
        release();
        throw e;
      }
      LOG.info("A bulk start runs: the first steps of new cases wait until it ends");
    }
    running++;
  }

  /** A bulk start ended (or failed): when it was the last, the waiting first steps are released. */
  public synchronized void bulkStartEnds() {
    if (running == 0) {
      throw new IllegalStateException("No bulk start is running");
    }
    if (--running == 0) {
      release();
      LOG.info("No bulk start runs: the first steps of new cases are released");
    }
  }

  private void release() {
    for (JobDefinition first : firstSteps()) {
      managementService
          .updateJobDefinitionSuspensionState()
          .byJobDefinitionId(first.getId())
          .includeJobs(true)
          .activate();
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
