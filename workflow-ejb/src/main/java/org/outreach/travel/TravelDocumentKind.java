package org.outreach.travel;

/** What lets the person travel back. */
public enum TravelDocumentKind {
  /** A passport, a laissez-passer or another travel document. */
  TRAVEL_DOCUMENT,
  /** Humanitarian parole: permission to enter without a visa. */
  PAROLE
}
