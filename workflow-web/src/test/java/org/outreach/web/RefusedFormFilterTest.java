package org.outreach.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefusedFormFilterTest {

  @Test
  void aNonceIsAUuidInBase64() {
    String uuid = UUID.randomUUID().toString();
    assertTrue(
        RefusedFormFilter.wellFormedNonce(
            Base64.getEncoder().encodeToString(uuid.getBytes(StandardCharsets.UTF_8))));
    assertFalse(RefusedFormFilter.wellFormedNonce(null));
    assertFalse(RefusedFormFilter.wellFormedNonce(""));
    assertFalse(RefusedFormFilter.wellFormedNonce(uuid));
    assertFalse(RefusedFormFilter.wellFormedNonce("%%%"));
    assertFalse(
        RefusedFormFilter.wellFormedNonce(
            Base64.getEncoder().encodeToString("not a uuid".getBytes(StandardCharsets.UTF_8))));
  }
}
