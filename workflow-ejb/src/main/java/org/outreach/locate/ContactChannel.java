package org.outreach.locate;

import org.outreach.registry.ContactKind;

/** How a caseworker tried to reach a person. */
public enum ContactChannel {
  PHONE,
  EMAIL,
  /** Through the attorney of record. */
  ATTORNEY,
  /** Through a partner organisation; never through the home government or a consulate. */
  PARTNER_ORGANISATION,
  /** The detention facility locator or a facility's records. */
  FACILITY_LOOKUP,
  /** A visit to the last known address. */
  ADDRESS_VISIT;

  /** The channel a contact point of this kind is used through. */
  static ContactChannel of(ContactKind kind) {
    return switch (kind) {
      case PHONE -> PHONE;
      case EMAIL -> EMAIL;
      case POSTAL_ADDRESS -> ADDRESS_VISIT;
      case PARTNER_ORGANISATION -> PARTNER_ORGANISATION;
    };
  }
}
