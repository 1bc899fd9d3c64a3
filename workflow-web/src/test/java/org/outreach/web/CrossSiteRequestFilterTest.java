package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.web.CrossSiteRequestFilter.Refusal;

class CrossSiteRequestFilterTest {

  /** A media type as the server parses it, parameters left aside. */
  private static MediaType type(String header) {
    String base = header.split(";")[0].strip();
    return new MediaType(
        base.substring(0, base.indexOf('/')), base.substring(base.indexOf('/') + 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post"})
  void aChangingRequestWithoutBodyTypeOrHeaderIsForbiddenNamingTheRule(String method) {
    assertThat(CrossSiteRequestFilter.refusal(method, null, false))
        .contains(new Refusal(Response.Status.FORBIDDEN, CrossSiteRequestFilter.WITHOUT_TYPE));
    assertThat(CrossSiteRequestFilter.WITHOUT_TYPE)
        .startsWith("X-Requested-By: required")
        .contains("cross-site request rule");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/plain;charset=UTF-8",
        "TEXT/PLAIN"
      })
  void aBodyAFormCanSendIsAnUnsupportedTypeNamingTheRule(String type) {
    assertThat(CrossSiteRequestFilter.refusal("POST", type(type), false))
        .contains(
            new Refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, CrossSiteRequestFilter.FORM_TYPE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "text/csv", "application/pdf", "image/png"})
  void theTypeADoorDocumentsPasses(String type) {
    assertThat(CrossSiteRequestFilter.refusal("POST", type(type), false)).isEmpty();
  }

  @Test
  void theHeaderLetsAnyRequestPassToItsDoor() {
    assertThat(CrossSiteRequestFilter.refusal("POST", null, true)).isEmpty();
    assertThat(
            CrossSiteRequestFilter.refusal(
                "POST", MediaType.APPLICATION_FORM_URLENCODED_TYPE, true))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void readingIsNeverRefused(String method) {
    assertThat(CrossSiteRequestFilter.refusal(method, null, false)).isEmpty();
    assertThat(CrossSiteRequestFilter.refusal(method, MediaType.TEXT_PLAIN_TYPE, false)).isEmpty();
  }
}
