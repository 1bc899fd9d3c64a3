package org.outreach.locate;

/** How a search for a person ended: the outcome of the locate task. */
public enum Conclusion {
  /** Found: one of the person's safe contact points is the way to reach them. */
  FOUND,
  /** Not found after at least one recorded attempt; the process tries again later. */
  NOT_FOUND
}
