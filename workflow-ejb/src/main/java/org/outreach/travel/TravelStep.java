package org.outreach.travel;

/** Which task a return-travel row records. */
enum TravelStep {
  /** Whether the person wishes to return. */
  WISH,
  /** The travel document or parole issued. */
  DOCUMENTS,
  /** The travel booked. */
  BOOKING,
  /** Whether the person arrived. */
  ARRIVAL
}
