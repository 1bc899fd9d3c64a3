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
    assertThat(row("Task_LocatePerson", 50, false, false).getTaskName())
        .isEqualTo("Locate the person");
  }

  @Test
  void aTaskOfAModelOutsideTheCampaignIsNamedAsATask() {
    assertThat(row("Task_SomethingElse", 50, false, false).getTaskName()).isEqualTo("Task");
  }

  @Test
  void theRowsWordsAreReadyToPrint() {
    InboxRow row = row("Task_LocatePerson", 50, false, false);
    assertThat(row.getLanguage()).isEqualTo("[es]");
    assertThat(row.getCustody()).isEqualTo("Released");
    assertThat(row.getHolder()).isEqualTo("you");
    assertThat(row.getLastContact()).isEqualTo("Last contact: import, ");
    assertThat(row.getWaitingSince()).isNotBlank();
    assertThat(row.getDue()).isNull();
  }

  @Test
  void aRemovalToStopIsNotAlsoMarkedRaised() {
    assertThat(row("Task_StopScheduledRemoval", 100, false, true).isRaised()).isFalse();
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
            null),
        java.util.Locale.ENGLISH,
        code -> "[" + code + "]");
  }
}
