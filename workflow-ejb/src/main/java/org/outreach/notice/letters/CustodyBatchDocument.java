package org.outreach.notice.letters;

import java.util.UUID;

/**
 * The notices printed for one visit to a facility, as one PDF: holds names and A-numbers, so it is
 * handed to the caller and never kept.
 *
 * @param name the file name: the batch's id, nothing about the facility or the people
 */
public record CustodyBatchDocument(UUID id, String name, int notices, int pages, byte[] pdf) {

  @Override
  public String toString() {
    return "CustodyBatchDocument[" + id + ", " + notices + " notices]";
  }
}
