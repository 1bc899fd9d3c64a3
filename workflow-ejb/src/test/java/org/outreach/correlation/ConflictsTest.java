package org.outreach.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

class ConflictsTest {

  @Test
  void anOptimisticLockingConflictIsFoundUnderTheContainersWrapping() {
    Exception wrapped =
        new EJBTransactionRolledbackException(
            "rolled back",
            new IllegalStateException(new OptimisticLockingException("ENGINE-03005")));

    assertThat(Conflicts.isConcurrentChange(wrapped)).isTrue();
    assertThat(Conflicts.isConcurrentChange(new OptimisticLockingException("x"))).isTrue();
  }

  @Test
  void otherFailuresAreNotConflicts() {
    assertThat(
            Conflicts.isConcurrentChange(
                new EJBTransactionRolledbackException("rolled back", new IllegalStateException())))
        .isFalse();
    assertThat(Conflicts.isConcurrentChange(new IllegalArgumentException())).isFalse();
    assertThat(Conflicts.isConcurrentChange(null)).isFalse();
  }
}
