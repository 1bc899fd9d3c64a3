package org.outreach.notice.letters;

/**
 * Where a letter stands. QUEUED until its batch renders it; PRINTED in a batch; MAILED once the
 * batch is marked mailed (only then does it count as sent); RETURNED undeliverable; NO_ADDRESS when
 * at print time the case had no person with a safe postal address, so nothing was printed.
 */
public enum LetterStatus {
  QUEUED,
  PRINTED,
  MAILED,
  RETURNED,
  NO_ADDRESS
}
