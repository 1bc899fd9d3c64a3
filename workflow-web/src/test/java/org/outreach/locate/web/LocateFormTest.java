package org.outreach.locate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import org.junit.jupiter.api.Test;
import org.outreach.web.ConsoleDateTimes;

class LocateFormTest {

  @Test
  void aTimeEnteredIsReadInTheCampaignsTimeZone() {
    var moment = LocateForm.moment("2026-12-01T14:30");
    assertThat(moment.atZoneSameInstant(ConsoleDateTimes.zone()).toLocalDateTime())
        .hasToString("2026-12-01T14:30");
  }

  @Test
  void aBlankTimeIsNoneAndAnUnreadableOneIsRefused() {
    assertThat(LocateForm.moment("  ")).isNull();
    assertThat(LocateForm.moment(null)).isNull();
    assertThatThrownBy(() -> LocateForm.moment("1 December")).isInstanceOf(DateTimeException.class);
  }
}
