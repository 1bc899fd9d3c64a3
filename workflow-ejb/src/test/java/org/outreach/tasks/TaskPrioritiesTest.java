package org.outreach.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskPrioritiesTest {

  @ParameterizedTest
  @CsvSource({"50, 75", "0, 25", "74, 99", "75, 100", "90, 100", "100, 100", "-10, 25"})
  void anEscalationRaisesATaskUpToTheMaximum(int current, int raised) {
    assertThat(TaskPriorities.escalated(current)).isEqualTo(raised);
  }
}
