package org.outreach.notice;

/** Where a letter stands. Printing and posting come later; for now letters wait in the queue. */
public enum LetterStatus {
  QUEUED
}
