package org.outreach.registry;

/** When a removed person was removed, relative to the leak and to the notice. */
public enum RemovalTiming {
  /** Removed before the leak was found: the person may be in danger already. */
  BEFORE_LEAK_FOUND,
  /** Removed after the leak was found but before being notified: the campaign's first priority. */
  AFTER_LEAK_BEFORE_NOTICE
}
