package org.outreach.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreach.processes.TaskOutcomes;

class TaskGuidanceTest {

  @Test
  void everyTaskOfTheCampaignTellsTheCaseworkerWhatToDo() {
    assertThat(TaskOutcomes.BY_TASK.keySet())
        .allSatisfy(task -> assertThat(TaskGuidance.forTask(task)).as(task).isNotBlank());
  }

  @Test
  void aTaskTheConsoleDoesNotKnowHasNoGuidance() {
    assertThat(TaskGuidance.forTask("Task_Unknown")).isEmpty();
  }

  @Test
  void outcomesReadAsWords() {
    assertThat(TaskGuidance.outcomeLabel("NOT_FOUND")).isEqualTo("Not found");
    assertThat(TaskGuidance.outcomeLabel("WISHES_TO_RETURN")).isEqualTo("Wishes to return");
    assertThat(TaskGuidance.outcomeLabel("FOUND")).isEqualTo("Found");
  }
}
