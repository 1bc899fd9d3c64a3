package org.outreach.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One way to reach a person, with where it came from, as of when, and whether a caseworker may use
 * it without putting the person at risk (an address shared with an abuser, a phone the authorities
 * of the home country can read, is not safe).
 */
public record ContactPoint(
    ContactKind kind, String value, String source, LocalDate asOf, boolean safeToContact) {

  public ContactPoint {
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return "ContactPoint[" + kind + ", safe=" + safeToContact + "]";
  }
}
