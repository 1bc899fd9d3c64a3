package org.outreach.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        detailOf(assertThrows(BadParameterException.class, () -> RequestParameters.purpose(null)));

    assertTrue(detail.startsWith("purpose: required, one of ["), detail);
    assertTrue(detail.contains("SUPERVISION"), detail);
  }

  @Test
  void anUnknownPurposeIsRefusedWithoutEchoingIt() {
    String detail =
        detailOf(
            assertThrows(
                BadParameterException.class, () -> RequestParameters.purpose("Zqxnosiness")));

    assertTrue(detail.startsWith("purpose: must be one of"), detail);
    assertFalse(detail.contains("Zqxnosiness"), detail);
  }

  @Test
  void aPurposeImpliedByAJobCannotBeStatedByAPerson() {
    assertThrows(BadParameterException.class, () -> RequestParameters.purpose("NOTICE_DELIVERY"));
    assertThrows(BadParameterException.class, () -> RequestParameters.purpose("KEY_ROTATION"));
  }

  @Test
  void aPageSizeOutOfBoundsOrNotANumberIsABadRequest() {
    assertEquals(50, RequestParameters.integer("size", null, 50, 1, 200));
    assertEquals(7, RequestParameters.integer("size", " 7 ", 50, 1, 200));
    BadParameterException tooBig =
        assertThrows(
            BadParameterException.class,
            () -> RequestParameters.integer("size", "201", 50, 1, 200));
    assertEquals("size: must be a whole number from 1 to 200", detailOf(tooBig));
    assertThrows(
        BadParameterException.class, () -> RequestParameters.integer("size", "ten", 50, 1, 200));
  }

  private static String detailOf(BadParameterException e) {
    return e.getMessage();
  }
}
