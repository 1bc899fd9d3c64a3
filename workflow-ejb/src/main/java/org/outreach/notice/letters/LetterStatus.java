package org.outreach.notice.letters;

/**
 * Where a letter stands. QUEUED until its batch renders it; PRINTED in a batch; MAILED once the
 * batch is marked mailed (only then does it count as sent); RETURNED undeliverable; NO_ADDRESS when
 * at print time the case had no person with a safe postal address, so nothing was printed; REFUSED
 * when the address reached a government or a consulate, so nothing was printed either.
 */
public enum LetterStatus {
  QUEUED,
  PRINTED,
  MAILED,
  RETURNED,
  NO_ADDRESS,
  REFUSED;

  /** Nothing was printed for the letter: it is in no document or manifest of its batch. */
  public boolean leftUnprinted() {
    return this == NO_ADDRESS || this == REFUSED;
  }
}
