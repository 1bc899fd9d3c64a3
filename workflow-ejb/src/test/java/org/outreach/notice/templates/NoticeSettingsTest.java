package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeSettingsTest {

  @Test
  void withoutSettingsTheDefaultsApply() {
    NoticeSettings settings = NoticeSettings.from(name -> null);

    assertThat(settings.outreachPhone()).isEqualTo("+1 202 555 0100");
    assertThat(settings.outreachMail()).isEqualTo("outreach@localhost");
    assertThat(settings.noticePageAddress())
        .isEqualTo("http://localhost:8080/outreach/notice.xhtml");
    assertThat(settings.pageFailuresPerReference()).isEqualTo(5);
    assertThat(settings.pageReferenceWindow()).isEqualTo(Duration.ofDays(1));
    assertThat(settings.pageFailuresPerAddress()).isEqualTo(20);
    assertThat(settings.pageAddressWindow()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void theTeamsAddressDefaultsToTheSenderAddress() {
    assertThat(
            NoticeSettings.from(Map.of("outreach.mail.from", "notices@agency.test")::get)
                .outreachMail())
        .isEqualTo("notices@agency.test");
  }

  @Test
  void malformedSettingsAreRefusedNamingThePropertyNeverTheValue() {
    assertThatThrownBy(
            () -> NoticeSettings.from(Map.of(NoticeSettings.OUTREACH_PHONE, "call-me")::get))
        .hasMessage("outreach.team.phone: must be a telephone number");
    assertThatThrownBy(
            () -> NoticeSettings.from(Map.of(NoticeSettings.OUTREACH_MAIL, "team at agency")::get))
        .hasMessage("outreach.team.mail: must be an email address");
    assertThatThrownBy(
            () ->
                NoticeSettings.from(
                    Map.of(NoticeSettings.NOTICE_PAGE_ADDRESS, "https://x.test/n?case=OC-1")::get))
        .hasMessage(
            "outreach.notice-page.address: must be an http or https address with nothing after its path")
        .message()
        .doesNotContain("OC-1");
    assertThatThrownBy(
            () ->
                NoticeSettings.from(
                    Map.of(NoticeSettings.NOTICE_PAGE_ADDRESS, "ftp://x.test/n")::get))
        .hasMessageStartingWith("outreach.notice-page.address");
    assertThatThrownBy(
            () -> NoticeSettings.from(Map.of(NoticeSettings.PAGE_FAILURES_PER_ADDRESS, "0")::get))
        .hasMessage("outreach.notice-page.address-failures: must be 1 or more");
    assertThatThrownBy(
            () -> NoticeSettings.from(Map.of(NoticeSettings.PAGE_ADDRESS_WINDOW, "1 hour")::get))
        .hasMessageStartingWith("outreach.notice-page.address-window: not an ISO-8601 duration");
  }
}
