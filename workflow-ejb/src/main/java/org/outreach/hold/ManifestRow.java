package org.outreach.hold;

/**
 * One removal of a manifest as the removal office gave it, unchecked.
 *
 * @param row where the removal office will look for the answer: the line of a CSV file (1 is the
 *     header), or the position in a JSON list (from 1)
 * @param aNumber the person's A-number
 * @param scheduledFor the day of the removal, {@code yyyy-mm-dd}
 * @param destination the country of removal, ISO 3166 alpha-2 or alpha-3
 */
public record ManifestRow(int row, String aNumber, String scheduledFor, String destination) {

  @Override
  public String toString() {
    return "ManifestRow[" + row + "]";
  }
}
