package org.outreach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpLoginTest {

  @Test
  void withoutAUserTheRelayIsUsedWithoutALogin() {
    SmtpLogin login = SmtpLogin.from(name -> null);

    assertThat(login.logsIn()).isFalse();
    assertThat(login.password()).isNull();
  }

  @Test
  void aUserAndPasswordAreALogin() {
    SmtpLogin login =
        SmtpLogin.from(Map.of(SmtpLogin.USER, "outreach", SmtpLogin.PASSWORD, "s3cret-Value")::get);

    assertThat(login.logsIn()).isTrue();
    assertThat(login.user()).isEqualTo("outreach");
    assertThat(login.password()).isEqualTo("s3cret-Value");
    assertThat(login.toString()).contains("outreach").doesNotContain("s3cret-Value");
  }

  @Test
  void aUserWithoutAPasswordIsRefusedNamingBothSettings() {
    assertThatThrownBy(() -> SmtpLogin.from(Map.of(SmtpLogin.USER, "outreach")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outreach.smtp.user")
        .hasMessageContaining("OUTREACH_SMTP_PASSWORD");
  }

  @Test
  void aPasswordWithoutAUserIsNoLogin() {
    SmtpLogin login = SmtpLogin.from(Map.of(SmtpLogin.PASSWORD, "s3cret-Value")::get);

    assertThat(login.logsIn()).isFalse();
    assertThat(login.password()).isNull();
  }

  @Test
  void onlyALoopbackRelayIsOnThisMachine() {
    assertThat(SmtpRelay.onThisMachine("127.0.0.1")).isTrue();
    assertThat(SmtpRelay.onThisMachine("::1")).isTrue();
    assertThat(SmtpRelay.onThisMachine("localhost")).isTrue();
    assertThat(SmtpRelay.onThisMachine(null)).isTrue();
    assertThat(SmtpRelay.onThisMachine("192.0.2.10")).isFalse();
    assertThat(SmtpRelay.onThisMachine("relay.example.invalid")).isFalse();
  }
}
