package org.outreach.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.OutreachFacts;

class WhereaboutsTest {

  @Test
  void aCaseWithoutAPersonIsNotLocated() {
    assertThat(Whereabouts.located(Optional.empty())).isFalse();
  }

  @Test
  void aDetainedPersonIsLocatedAtTheFacility() {
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.DETAINED, false, false))))
        .isTrue();
  }

  @Test
  void aReleasedOrRemovedPersonIsLocatedOnlyWithASafeWayToReachThem() {
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.RELEASED, false, false))))
        .isFalse();
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.RELEASED, true, false))))
        .isTrue();
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.REMOVED, false, false))))
        .isFalse();
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.REMOVED, false, true))))
        .isTrue();
  }

  @Test
  void whereaboutsUnknownIsNotLocatedWhateverIsOnFile() {
    assertThat(Whereabouts.located(Optional.of(facts(CustodyStatus.UNKNOWN, true, true))))
        .isFalse();
  }

  private static OutreachFacts facts(CustodyStatus status, boolean safeEmail, boolean attorney) {
    return new OutreachFacts(
        UUID.randomUUID(),
        status,
        false,
        false,
        safeEmail,
        false,
        false,
        attorney,
        false,
        "es",
        Set.of());
  }
}
