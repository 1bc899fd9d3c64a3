package org.outreach.court;

/** Which task a consultation row records. */
enum ConsultationStep {
  /** The consultation was offered, and accepted or declined. */
  OFFERED,
  /** The accepted consultation was scheduled with counsel. */
  SCHEDULED
}
