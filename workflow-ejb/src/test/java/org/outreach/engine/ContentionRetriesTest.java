package org.outreach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.junit.jupiter.api.Test;

class ContentionRetriesTest {

  @Test
  void aConflictIsKnownHoweverWrapped() {
    OptimisticLockingException conflict = new OptimisticLockingException("changed meanwhile");
    assertThat(ContentionRetries.lostAConflict(conflict)).isTrue();
    assertThat(
            ContentionRetries.lostAConflict(
                new ProcessEngineException(
                    "job failed", new RuntimeException("wrapped", conflict))))
        .isTrue();
  }

  @Test
  void anyOtherFailureIsNotAConflict() {
    assertThat(ContentionRetries.lostAConflict(new IllegalStateException("caseId: not a UUID")))
        .isFalse();
    assertThat(ContentionRetries.lostAConflict(null)).isFalse();
  }

  @Test
  void anyOtherFailureIsTriedAgainAsItsModelSays() {
    assertThat(new ContentionRetries().getCommand("job", new IllegalStateException("broken")))
        .isInstanceOf(DefaultJobRetryCmd.class);
    assertThat(
            new ContentionRetries()
                .getCommand("job", new OptimisticLockingException("changed meanwhile")))
        .isNotInstanceOf(DefaultJobRetryCmd.class);
  }
}
