package org.outreach.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreach.audit.AccessPurpose;

class RequestParametersTest {

  @Test
  void aPurposeAPersonMayStateIsAccepted() {
    assertEquals(AccessPurpose.OVERSIGHT_REQUEST, RequestParameters.purpose("oversight_request"));
  }

  @Test
  void aMissingPurposeIsABadRequestListingTheChoices() {
    String detail =
        detailOf(
            assertThrows(WebApplicationException.class, () -> RequestParameters.purpose(null)));

    assertTrue(detail.startsWith("purpose: required, one of ["), detail);
    assertTrue(detail.contains("SUPERVISION"), detail);
  }

  @Test
  void anUnknownPurposeIsRefusedWithoutEchoingIt() {
    String detail =
        detailOf(
            assertThrows(
                WebApplicationException.class, () -> RequestParameters.purpose("Zqxnosiness")));

    assertTrue(detail.startsWith("purpose: must be one of"), detail);
    assertFalse(detail.contains("Zqxnosiness"), detail);
  }

  @Test
  void aPurposeImpliedByAJobCannotBeStatedByAPerson() {
    assertThrows(WebApplicationException.class, () -> RequestParameters.purpose("NOTICE_DELIVERY"));
    assertThrows(WebApplicationException.class, () -> RequestParameters.purpose("KEY_ROTATION"));
  }

  @Test
  void aPageSizeOutOfBoundsOrNotANumberIsABadRequest() {
    assertEquals(50, RequestParameters.integer("size", null, 50, 1, 200));
    assertEquals(7, RequestParameters.integer("size", " 7 ", 50, 1, 200));
    WebApplicationException tooBig =
        assertThrows(
            WebApplicationException.class,
            () -> RequestParameters.integer("size", "201", 50, 1, 200));
    assertEquals(400, tooBig.getResponse().getStatus());
    assertEquals("size: must be a whole number from 1 to 200", detailOf(tooBig));
    assertThrows(
        WebApplicationException.class, () -> RequestParameters.integer("size", "ten", 50, 1, 200));
  }

  @SuppressWarnings("unchecked")
  private static String detailOf(WebApplicationException e) {
    return (String) ((Map<String, Object>) e.getResponse().getEntity()).get("detail");
  }
}
