package org.outreach.notice.letters;

/** A print batch: its letters being rendered, ready for the mail house, or posted. */
public enum BatchStatus {
  RENDERING,
  PRINTED,
  MAILED
}
