package org.outreach.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.outreach.access.SystemIdentity;

/**
 * The engine's job executor with its settings unchanged, whose jobs run under the {@link
 * SystemIdentity system identity}: the delegates' services see a caller in the system role instead
 * of none.
 */
final class SystemJobExecutor extends DefaultJobExecutor {

  private final SystemIdentity identity;

  SystemJobExecutor(SystemIdentity identity) {
    this.identity = identity;
  }

  @Override
  public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
    Runnable jobs = super.getExecuteJobsRunnable(jobIds, processEngine);
    return () -> identity.run(jobs);
  }
}
