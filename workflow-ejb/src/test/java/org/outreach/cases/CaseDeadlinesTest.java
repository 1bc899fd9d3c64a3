package org.outreach.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseDeadlinesTest {

  private static final Instant NOTICE = Instant.parse("2026-12-03T14:30:00Z");

  @Test
  void theRemovalHoldEndsAPeriodAfterTheProvenNotice() {
    assertThat(CaseDeadlines.removalHoldEndsAt(NOTICE, Duration.ofDays(30)))
        .isEqualTo(Instant.parse("2027-01-02T14:30:00Z"));
  }

  @Test
  void theCourtFilingIsDueAPeriodAfterTheNoticeAndRemindedBeforeIt() {
    CaseDeadlines.CourtDeadlines deadlines =
        CaseDeadlines.court(NOTICE, Duration.ofDays(30), Duration.ofDays(7));

    assertThat(deadlines.filingDeadline()).isEqualTo(Instant.parse("2027-01-02T14:30:00Z"));
    assertThat(deadlines.reminderAt()).isEqualTo(Instant.parse("2026-12-26T14:30:00Z"));
  }

  @Test
  void aReminderLeadLongerThanTheFilingPeriodRemindsAtTheNoticeNotBeforeIt() {
    CaseDeadlines.CourtDeadlines deadlines =
        CaseDeadlines.court(NOTICE, Duration.ofDays(5), Duration.ofDays(7));

    assertThat(deadlines.reminderAt()).isEqualTo(NOTICE);
    assertThat(deadlines.filingDeadline()).isEqualTo(NOTICE.plus(Duration.ofDays(5)));
  }

  @Test
  void periodsMustBeLongerThanZero() {
    assertThatThrownBy(() -> CaseDeadlines.removalHoldEndsAt(NOTICE, Duration.ZERO))
        .hasMessage("holdPeriod: must be longer than zero");
    assertThatThrownBy(() -> CaseDeadlines.court(NOTICE, Duration.ofDays(-1), Duration.ofDays(7)))
        .hasMessage("filingPeriod: must be longer than zero");
  }
}
