package org.outreach.notice.templates;

/**
 * The fixed set of values a template may name, written {@code {CASE_REFERENCE}} in its text. A
 * template naming anything else is refused when it is seeded. Some values come from the caller (the
 * case), the others from the server's configuration, so no period, telephone number or address is
 * ever written into a text. Values that carry personal data are marked: a type that travels by
 * email never takes them (see {@link TemplateRules}).
 */
public enum Placeholder {
  /** The case reference ({@code OC-7K2M-9QXD}): random, so it says nothing about the person. */
  CASE_REFERENCE(false, false),
  /** The person's name, for a letter or a receipt form. */
  PERSON_NAME(false, true),
  /** The person's A-number, for a receipt form or counsel's copy. */
  A_NUMBER(false, true),
  /**
   * How long after proven notice the removal hold stands ({@code outreach.removal-hold.period}).
   */
  REMOVAL_HOLD_PERIOD(true, false),
  /** From proven notice to the court filing deadline ({@code outreach.court-filing.period}). */
  COURT_FILING_PERIOD(true, false),
  /** The outreach team's telephone number ({@code outreach.team.phone}). */
  OUTREACH_PHONE(true, false),
  /** The outreach team's email address ({@code outreach.team.mail}). */
  OUTREACH_EMAIL(true, false),
  /** The address of the public notice page ({@code outreach.notice-page.address}). */
  NOTICE_PAGE_ADDRESS(true, false);

  private final boolean fromConfiguration;
  private final boolean personal;

  Placeholder(boolean fromConfiguration, boolean personal) {
    this.fromConfiguration = fromConfiguration;
    this.personal = personal;
  }

  /** Filled from the server's configuration; a caller cannot give it. */
  public boolean fromConfiguration() {
    return fromConfiguration;
  }

  /** Carries personal data. */
  public boolean personal() {
    return personal;
  }

  /** How the text names it: {@code {CASE_REFERENCE}}. */
  public String token() {
    return "{" + name() + "}";
  }
}
