package org.outreach.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.ContactKind;
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

  @Test
  void whereaboutsUnknownIsLocatedWhenACaseworkerFoundThemThroughAContactPointStillSafe() {
    UUID caseId = UUID.randomUUID();
    Optional<ContactAttempt> foundByEmail =
        Optional.of(
            ContactAttempt.found(
                UUID.randomUUID(),
                caseId,
                "task-1",
                ContactKind.EMAIL,
                "v1:k1:" + java.util.Base64.getEncoder().encodeToString(new byte[40]),
                "carmen",
                OffsetDateTime.now(ZoneOffset.UTC)));
    Optional<ContactAttempt> notFound =
        Optional.of(
            ContactAttempt.notFound(
                UUID.randomUUID(), caseId, "task-2", "carmen", OffsetDateTime.now(ZoneOffset.UTC)));

    assertThat(
            Whereabouts.foundByCaseworker(
                Optional.of(facts(CustodyStatus.UNKNOWN, true, false)), foundByEmail))
        .isTrue();
    // the email was marked unsafe since
    assertThat(
            Whereabouts.foundByCaseworker(
                Optional.of(facts(CustodyStatus.UNKNOWN, false, false)), foundByEmail))
        .isFalse();
    assertThat(
            Whereabouts.foundByCaseworker(
                Optional.of(facts(CustodyStatus.UNKNOWN, true, false)), notFound))
        .isFalse();
    assertThat(
            Whereabouts.foundByCaseworker(
                Optional.of(facts(CustodyStatus.UNKNOWN, true, false)), Optional.empty()))
        .isFalse();
    assertThat(Whereabouts.foundByCaseworker(Optional.empty(), foundByEmail)).isFalse();
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
