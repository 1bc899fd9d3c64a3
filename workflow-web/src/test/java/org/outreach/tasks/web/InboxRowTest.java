package org.outreach.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.CustodyStatus;
import org.outreach.tasks.WorklistEntry;

class InboxRowTest {

  @Test
  void aTaskOfTheCampaignIsNamedByItsKey() {
    assertThat(row("Task_LocatePerson", 50, false, false).getTaskKey())
        .isEqualTo("Task_LocatePerson");
  }

  @Test
  void aTaskOfAModelOutsideTheCampaignIsNamedAsATask() {
    assertThat(row("Task_SomethingElse", 50, false, false).getTaskKey()).isEqualTo("unknown");
  }

  @Test
  void aRemovalToStopStandsOutBeforeAnythingOverdueAndAnEscalatedTaskIsMarkedRaised() {
    assertThat(row("Task_StopScheduledRemoval", 100, true, true).getStyleClass())
        .isEqualTo("worklist-removal-stop");
    assertThat(row("Task_LocatePerson", 50, true, false).getStyleClass())
        .isEqualTo("worklist-overdue");
    assertThat(row("Task_LocatePerson", 50, false, false).getStyleClass()).isEmpty();
    assertThat(row("Task_LocatePerson", 75, false, false).isRaised()).isTrue();
    assertThat(row("Task_LocatePerson", 50, false, false).isRaised()).isFalse();
  }

  private static InboxRow row(String taskKey, int priority, boolean overdue, boolean stop) {
    return new InboxRow(
        new WorklistEntry(
            "t1",
            taskKey,
            UUID.randomUUID(),
            "OC-7K2M-9QXD",
            "locate-team",
            "Carmen",
            true,
            priority,
            Instant.parse("2026-11-25T08:00:00Z"),
            null,
            overdue,
            stop,
            CustodyStatus.RELEASED,
            "es",
            "Ana Pérez",
            null,
            null,
            "import",
            null));
  }
}
