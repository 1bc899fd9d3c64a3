package org.outreach.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/outreach/inbox.xhtml",
        "/outreach/cases/view.xhtml?id=5b1c0d6e-9c44-4c1e-9d37-2a8e0f1f3b11",
        "/outreach/dashboard.xhtml"
      })
  void aPageOfTheConsoleIsWhereTheSignInLeads(String asked) {
    assertThat(LoginTargets.safe("/outreach", asked)).isEqualTo(asked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://elsewhere.test/outreach/inbox.xhtml",
        "//elsewhere.test/outreach/inbox.xhtml",
        "/outreach//elsewhere.test",
        "/outreach/\\elsewhere.test",
        "/outreach/../other/page",
        "/other/inbox.xhtml",
        "/outreachx/inbox.xhtml",
        "/outreach/sign-in",
        "/outreach/login.xhtml?failed=true",
        "/outreach/inbox.xhtml\r\nSet-Cookie: x=y",
        "/outreach/inbox.xhtml?q=a b",
        ""
      })
  void anythingElseLeadsHome(String asked) {
    assertThat(LoginTargets.safe("/outreach", asked)).isEqualTo("/outreach/home.xhtml");
  }

  @Test
  void noTargetLeadsHome() {
    assertThat(LoginTargets.safe("/outreach", null)).isEqualTo("/outreach/home.xhtml");
  }
}
