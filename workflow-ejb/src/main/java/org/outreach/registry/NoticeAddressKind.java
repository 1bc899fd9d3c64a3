package org.outreach.registry;

/** Which address a notice is delivered to. */
public enum NoticeAddressKind {
  /** The person's email marked safe to contact. */
  PERSON_EMAIL,
  /** The attorney of record's email. */
  ATTORNEY_EMAIL,
  /** The person's postal address marked safe to contact (read when a letter is printed). */
  PERSON_POSTAL_ADDRESS
}
