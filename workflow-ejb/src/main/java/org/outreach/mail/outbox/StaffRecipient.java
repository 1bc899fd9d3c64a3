package org.outreach.mail.outbox;

import org.outreach.campaign.CampaignSettings;

/** The teams of the staff the server writes to, each at the address its setting gives. */
public enum StaffRecipient {
  /** Overdue tasks ({@link CampaignSettings#SUPERVISORS_MAIL}). */
  SUPERVISORS,
  /** Court filing reminders ({@link CampaignSettings#LEGAL_ACCESS_MAIL}). */
  LEGAL_ACCESS;

  /** The address as the settings give it now. */
  String address(CampaignSettings settings) {
    return switch (this) {
      case SUPERVISORS -> settings.supervisorsMail();
      case LEGAL_ACCESS -> settings.legalAccessMail();
    };
  }
}
