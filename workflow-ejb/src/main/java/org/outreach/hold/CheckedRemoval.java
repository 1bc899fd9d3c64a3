package org.outreach.hold;

import java.time.LocalDate;

/** A row of a manifest that keeps every rule: the A-number as the registry keys it. */
public record CheckedRemoval(int row, String aNumber, LocalDate scheduledFor) {

  @Override
  public String toString() {
    return "CheckedRemoval[" + row + "]";
  }
}
