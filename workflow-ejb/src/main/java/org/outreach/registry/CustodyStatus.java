package org.outreach.registry;

/** Where a person is; processes route on it, so it is stored as a plain value. */
public enum CustodyStatus {
  DETAINED,
  RELEASED,
  REMOVED,
  UNKNOWN
}
