package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.PersonChange.Part;

class PersonChangeTest {

  private final UUID id = UUID.randomUUID();

  @Test
  void noPartsMeansNothingChanged() {
    PersonChange change =
        new PersonChange(id, Set.of(), CustodyStatus.DETAINED, CustodyStatus.DETAINED, 0, 0, false);

    assertThat(change.changed()).isFalse();
    assertThat(change.custodyStatusChanged()).isFalse();
  }

  @Test
  void aNewCustodyStatusIsTheChangeTheProcessMustHear() {
    PersonChange change =
        new PersonChange(
            id,
            EnumSet.of(Part.CUSTODY_STATUS, Part.CUSTODY_FACTS),
            CustodyStatus.DETAINED,
            CustodyStatus.RELEASED,
            0,
            0,
            true);

    assertThat(change.changed()).isTrue();
    assertThat(change.changed(Part.CUSTODY_STATUS)).isTrue();
    assertThat(change.changed(Part.ATTORNEY)).isFalse();
    assertThat(change.custodyStatusChanged()).isTrue();
  }

  @Test
  void thePartsCannotBeChangedAfterwards() {
    EnumSet<Part> parts = EnumSet.of(Part.ATTORNEY);
    PersonChange change =
        new PersonChange(id, parts, CustodyStatus.UNKNOWN, CustodyStatus.UNKNOWN, 0, 0, false);
    parts.add(Part.NAMES);

    assertThat(change.parts()).containsExactly(Part.ATTORNEY);
    assertThatThrownBy(() -> change.parts().add(Part.NAMES))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
