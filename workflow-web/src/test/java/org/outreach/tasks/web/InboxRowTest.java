package org.outreach.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreach.tasks.TaskView;

class InboxRowTest {

  private final InboxRow row =
      new InboxRow(
          new TaskView(
              "t1",
              "Task_LocatePerson",
              "Locate the person",
              "OC-7K2M-9QXD",
              Instant.parse("2026-11-25T08:00:00Z"),
              null,
              "it-carmen",
              true,
              50,
              "locateOutcome",
              List.of("FOUND", "NOT_FOUND")));

  @Test
  void aClaimedTaskWithAnOutcomeOffersOneLabelledChoicePerValue() {
    assertThat(row.isHasOutcome()).isTrue();
    assertThat(row.getOutcomeVariable()).isEqualTo("locateOutcome");
    assertThat(row.getOutcomes())
        .extracting(InboxRow.Choice::getValue, InboxRow.Choice::getLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FOUND", "Found"),
            org.assertj.core.groups.Tuple.tuple("NOT_FOUND", "Not found"));
  }

  @Test
  void thePageCanReadAChoicesValueAndLabelAsBeanProperties() throws Exception {
    assertThat(
            Arrays.stream(Introspector.getBeanInfo(InboxRow.Choice.class).getPropertyDescriptors())
                .filter(property -> property.getReadMethod() != null)
                .map(PropertyDescriptor::getName))
        .contains("value", "label");
  }
}
