package org.outreach.notice.templates;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a text is for. Only the neutral email and the follow-up reminder travel by email: their
 * whole text, in every language, holds none of the words of the safe-wording list and takes no
 * personal data. Everything else travels by letter, by hand, through counsel or behind the notice
 * page. Counsel's copy is in English only.
 */
public enum TemplateType {
  /** The full notice: what happened, the person's rights, the deadline, how to reach the team. */
  NOTICE(false, false),
  /** A short, neutral reminder that a letter waits; safe to send by email. */
  FOLLOW_UP_REMINDER(true, false),
  /** The offer of a free consultation with a lawyer. */
  CONSULTATION_OFFER(false, false),
  /** How to raise the disclosure in immigration court, and the filing deadline. */
  COURT_INFORMATION(false, false),
  /** For people removed: coming back, through counsel or a partner organisation only. */
  RETURN_TRAVEL_OFFER(false, false),
  /** The copy for the attorney of record, naming the client; English only. */
  ATTORNEY_COPY(false, true),
  /** The notice handed over in custody, with its receipt form. */
  IN_CUSTODY_NOTICE(false, false),
  /** The only email to a person: a neutral text, the reference, the page and the team's contact. */
  NEUTRAL_EMAIL(true, false);

  private final boolean travelsByEmail;
  private final boolean englishOnly;

  TemplateType(boolean travelsByEmail, boolean englishOnly) {
    this.travelsByEmail = travelsByEmail;
    this.englishOnly = englishOnly;
  }

  /**
   * Sent by email: whoever reads the mailbox may read it, so it must say nothing that reveals the
   * person's situation.
   */
  public boolean travelsByEmail() {
    return travelsByEmail;
  }

  /** Kept in English alone (for counsel). */
  public boolean englishOnly() {
    return englishOnly;
  }

  /** The languages this type is kept in. */
  public Set<TemplateLanguage> languages() {
    return englishOnly ? EnumSet.of(TemplateLanguage.EN) : EnumSet.allOf(TemplateLanguage.class);
  }

  /** The name of its text in the repository: {@code neutral-email}. */
  public String resourceName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
