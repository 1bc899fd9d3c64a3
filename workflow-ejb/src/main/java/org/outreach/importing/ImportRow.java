package org.outreach.importing;

import java.util.UUID;
import org.outreach.registry.NewAffectedPerson;

/**
 * A row that passed every check: its row number, the person as validated, and the id of the
 * registered person it updates (null for a new person).
 */
public record ImportRow(int row, NewAffectedPerson person, UUID existingId) {

  public boolean isUpdate() {
    return existingId != null;
  }

  @Override
  public String toString() {
    return "ImportRow[row=" + row + ", update=" + isUpdate() + "]";
  }
}
