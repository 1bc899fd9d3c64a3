package org.outreach.users.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RevokedSessionFilterTest {

  private static final long LOGIN = 1_800_000_000_000L;

  @Test
  void aSessionEndsTwelveHoursAfterItsLoginHoweverBusy() {
    assertThat(RevokedSessionFilter.outlived(LOGIN, LOGIN)).isFalse();
    assertThat(RevokedSessionFilter.outlived(LOGIN, LOGIN + Duration.ofHours(12).toMillis()))
        .isFalse();
    assertThat(RevokedSessionFilter.outlived(LOGIN, LOGIN + Duration.ofHours(12).toMillis() + 1))
        .isTrue();
    assertThat(RevokedSessionFilter.outlived(LOGIN, LOGIN + Duration.ofDays(3).toMillis()))
        .isTrue();
  }
}
