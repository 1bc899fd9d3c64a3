package org.outreach.registry;

/** How a person can be reached. */
public enum ContactKind {
  POSTAL_ADDRESS,
  /** E.164, e.g. +12025550123. */
  PHONE,
  EMAIL,
  /** A partner organisation in contact with the person; the value names the organisation. */
  PARTNER_ORGANISATION
}
