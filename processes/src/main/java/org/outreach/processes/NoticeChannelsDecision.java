package org.outreach.processes;

/**
 * Names inside {@code notice-channels.dmn}: the channels to try, in order, to deliver the notice to
 * one person. Inputs are a custody status (see {@link CustodyStatusValues}) and flags for contact
 * points already marked safe, never the contact details themselves. An empty result means no safe
 * channel is known and the person has to be located first.
 */
public final class NoticeChannelsDecision {

  public static final String DECISION_KEY = "notice-channels";
  public static final String RESOURCE = "notice-channels.dmn";

  /** One of {@link CustodyStatusValues}. */
  public static final String INPUT_CUSTODY_STATUS = "custodyStatus";

  public static final String INPUT_HAS_SAFE_EMAIL = "hasSafeEmail";
  public static final String INPUT_HAS_SAFE_POSTAL_ADDRESS = "hasSafePostalAddress";
  public static final String INPUT_HAS_SAFE_PHONE = "hasSafePhone";
  public static final String INPUT_HAS_ATTORNEY = "hasAttorney";
  public static final String INPUT_HAS_PARTNER_ORGANISATION = "hasPartnerOrganisation";

  /** ISO 639-1 code. No rule uses it yet; the table's description says why. */
  public static final String INPUT_LANGUAGE = "language";

  /** One channel per matching rule; the collected list is the order in which to try them. */
  public static final String OUTPUT_CHANNEL = "channel";

  public static final String CHANNEL_EMAIL = "EMAIL";
  public static final String CHANNEL_LETTER = "LETTER";
  public static final String CHANNEL_HAND_DELIVERY = "HAND_DELIVERY";
  public static final String CHANNEL_PHONE_CALL = "PHONE_CALL";
  public static final String CHANNEL_ATTORNEY = "ATTORNEY";
  public static final String CHANNEL_PARTNER_ORGANISATION = "PARTNER_ORGANISATION";

  private NoticeChannelsDecision() {}
}
