package org.outreach.mail.outbox;

/** What a message of the outbox is for; its {@link MailOwner} gives its address. */
public enum MailPurpose {
  /** A notice to a person or their attorney: its address is read from the registry when it goes. */
  NOTICE,
  /** Mail to a team of the staff (overdue tasks, filing reminders): the address is a setting. */
  STAFF;

  /** The word in its Message-ID, before the domain. */
  String idWord() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
