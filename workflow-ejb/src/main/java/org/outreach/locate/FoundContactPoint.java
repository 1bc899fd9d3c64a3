package org.outreach.locate;

import java.time.LocalDate;
import org.outreach.registry.ContactKind;

/**
 * A way to reach the person that a caseworker found while looking for them, to be added to the
 * person's record; checked by the registry's rules for contact points.
 *
 * @param source where it was found (a partner organisation, a shelter), or {@code null}
 * @param asOf the day it was known to be current, or {@code null}
 */
public record FoundContactPoint(
    ContactKind kind, String value, String source, LocalDate asOf, boolean safeToContact) {

  /** Never shows the value or the source. */
  @Override
  public String toString() {
    return "FoundContactPoint[" + kind + ", safe=" + safeToContact + "]";
  }
}
