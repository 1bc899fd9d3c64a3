package org.outreach.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void
      anAddressIsRefusedFromItsTwentiethFailureInFifteenMinutesUntilTheOldestIsFifteenMinutesOld() {
    Instant oldest = NOW.minus(Duration.ofMinutes(10));
    assertThat(SignInPolicy.addressRefusedUntil(19, oldest, NOW)).isEmpty();
    assertThat(SignInPolicy.addressRefusedUntil(20, oldest, NOW))
        .contains(NOW.plus(Duration.ofMinutes(5)));
    assertThat(SignInPolicy.addressRefusedUntil(20, NOW.minus(Duration.ofMinutes(15)), NOW))
        .isEmpty();
    assertThat(SignInPolicy.addressRefusedUntil(0, null, NOW)).isEmpty();
  }

  @Test
  void anAccountAtOneAddressLocksAfterFiveFailuresForAMinuteDoublingUpToFifteen() {
    Instant last = NOW.minusSeconds(1);
    assertThat(SignInPolicy.lockedAtAddressUntil(4, last, NOW)).isEmpty();
    assertThat(SignInPolicy.lockedAtAddressUntil(5, last, NOW))
        .contains(last.plus(Duration.ofMinutes(1)));
    assertThat(SignInPolicy.lockedAtAddressUntil(6, last, NOW))
        .contains(last.plus(Duration.ofMinutes(2)));
    assertThat(SignInPolicy.lockedAtAddressUntil(7, last, NOW))
        .contains(last.plus(Duration.ofMinutes(4)));
    assertThat(SignInPolicy.lockedAtAddressUntil(8, last, NOW))
        .contains(last.plus(Duration.ofMinutes(8)));
    assertThat(SignInPolicy.lockedAtAddressUntil(9, last, NOW))
        .contains(last.plus(Duration.ofMinutes(15)));
    // however many failures, never longer than fifteen minutes from the last one
    assertThat(SignInPolicy.lockedAtAddressUntil(10_000, last, NOW))
        .contains(last.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aLockEndsOnItsOwn() {
    assertThat(SignInPolicy.lockedAtAddressUntil(5, NOW.minus(Duration.ofMinutes(1)), NOW))
        .isEmpty();
    assertThat(SignInPolicy.lockedAtAddressUntil(50, NOW.minus(Duration.ofMinutes(15)), NOW))
        .isEmpty();
    assertThat(SignInPolicy.lockedAtAddressUntil(50, NOW.minus(Duration.ofMinutes(14)), NOW))
        .contains(NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void anAccountIsLockedEverywhereFromItsThirtiethFailureInFifteenMinutes() {
    Instant oldest = NOW.minus(Duration.ofMinutes(3));
    assertThat(SignInPolicy.lockedEverywhereUntil(29, oldest, NOW)).isEmpty();
    assertThat(SignInPolicy.lockedEverywhereUntil(30, oldest, NOW))
        .contains(NOW.plus(Duration.ofMinutes(12)));
  }

  @Test
  void theLaterOfTwoLocksHolds() {
    Optional<Instant> soon = Optional.of(NOW.plusSeconds(60));
    Optional<Instant> later = Optional.of(NOW.plusSeconds(600));
    assertThat(SignInPolicy.later(soon, later)).isEqualTo(later);
    assertThat(SignInPolicy.later(later, soon)).isEqualTo(later);
    assertThat(SignInPolicy.later(Optional.empty(), soon)).isEqualTo(soon);
    assertThat(SignInPolicy.later(soon, Optional.empty())).isEqualTo(soon);
    assertThat(SignInPolicy.later(Optional.empty(), Optional.empty())).isEmpty();
  }
}
