package org.outreach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
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
  void aDeadlockTheDatabaseRolledBackIsAConflictWhereverItIsInTheChain() {
    // as PostgreSQL's driver reports a batch of the engine's statements that met a deadlock
    BatchUpdateException batch = new BatchUpdateException("batch entry 2 aborted", "40P01", null);
    Exception wrapped =
        new EJBTransactionRolledbackException(
            "rolled back", new IllegalStateException("persistence layer", batch));
    SQLException chained = new SQLException("batch failed");
    chained.setNextException(new SQLException("could not serialize", "40001"));

    assertThat(Conflicts.isConcurrentChange(wrapped)).isTrue();
    assertThat(Conflicts.isConcurrentChange(chained)).isTrue();
  }

  @Test
  void otherFailuresAreNotConflicts() {
    assertThat(
            Conflicts.isConcurrentChange(
                new EJBTransactionRolledbackException("rolled back", new IllegalStateException())))
        .isFalse();
    assertThat(Conflicts.isConcurrentChange(new IllegalArgumentException())).isFalse();
    assertThat(Conflicts.isConcurrentChange(null)).isFalse();
    // a unique key refused (23505) is not a conflict to try again
    assertThat(Conflicts.isConcurrentChange(new SQLException("duplicate key", "23505"))).isFalse();
  }
}
