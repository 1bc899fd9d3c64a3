package org.outreach.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

  @Test
  void defaults() {
    OutboxSettings settings = OutboxSettings.from(name -> null);

    assertThat(settings)
        .isEqualTo(new OutboxSettings(120, 8, Duration.ofMinutes(1), Duration.ofMinutes(5), false));
  }

  @Test
  void theWaitDoublesAfterEachFailedTryUpToAnHour() {
    OutboxSettings settings = OutboxSettings.from(name -> null);

    assertThat(
            java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(settings::waitAfter)
                .map(Duration::toMinutes))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
  }

  @Test
  void aFirstWaitLongerThanAnHourIsKept() {
    OutboxSettings settings = OutboxSettings.from(Map.of(OutboxSettings.FIRST_RETRY, "PT2H")::get);

    assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofHours(2));
    assertThat(settings.waitAfter(4)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void malformedSettingsAreRefusedNamingTheProperty() {
    assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.PER_MINUTE, "0")::get))
        .hasMessage("outreach.mail.per-minute: must be 1 or more");
    assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.ATTEMPTS, "many")::get))
        .hasMessage("outreach.mail.attempts: not a whole number");
    assertThatThrownBy(
            () -> OutboxSettings.from(Map.of(OutboxSettings.SENDING_TIMEOUT, "5 minutes")::get))
        .hasMessageStartingWith("outreach.mail.sending-timeout: not an ISO-8601 duration");
    assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.PAUSED, "yes")::get))
        .hasMessage("outreach.mail.paused: must be true or false");
    assertThat(OutboxSettings.from(Map.of(OutboxSettings.PAUSED, " TRUE ")::get).paused()).isTrue();
  }
}
