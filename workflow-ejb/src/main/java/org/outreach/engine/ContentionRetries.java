package org.outreach.engine;

import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * How a failed job is tried again: as its model says (the retry cycle of its step, one minute apart
 * for most), except a job that failed only because another transaction changed the same process at
 * the same time (an optimistic-locking conflict, such as a message arriving while the process's own
 * step ran, or the deadlock PostgreSQL may find between the two first). Nothing was wrong with that
 * job; waiting a minute would only delay the case (a removal scheduled during a hold would raise
 * its urgent task a minute late), so it is due again after one to three seconds, spread so that two
 * conflicting jobs do not meet again. It still uses one of its tries, so a conflict that keeps
 * coming back ends as an incident like any failure.
 */
final class ContentionRetries implements FailedJobCommandFactory {

  /** The least wait before a job that lost a conflict is due again, in milliseconds. */
  static final int LEAST_WAIT_MILLIS = 1_000;

  /** The most added to {@link #LEAST_WAIT_MILLIS}, at random. */
  static final int SPREAD_MILLIS = 2_000;

  @Override
  public Command<Object> getCommand(String jobId, Throwable failure) {
    Command<Object> standard = new DefaultJobRetryCmd(jobId, failure);
    if (!lostAConflict(failure)) {
      return standard;
    }
    return commandContext -> {
      Object result = standard.execute(commandContext);
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job != null && job.getRetries() > 0) {
        long wait = LEAST_WAIT_MILLIS + ThreadLocalRandom.current().nextInt(SPREAD_MILLIS + 1);
        job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait));
      }
      return result;
    };
  }

  /**
   * Whether the failure is a concurrent change, however wrapped: the engine's optimistic-locking
   * conflict, or the database's deadlock ({@link Conflicts}).
   */
  static boolean lostAConflict(Throwable failure) {
    return Conflicts.isConcurrentChange(failure);
  }
}
