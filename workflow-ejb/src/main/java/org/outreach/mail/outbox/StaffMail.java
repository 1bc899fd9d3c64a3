package org.outreach.mail.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.campaign.CampaignSettings;
import org.outreach.mail.MailDispatchException;

/**
 * Mail to a team of the staff (overdue tasks, filing reminders) through the outbox: written in the
 * caller's transaction, so a step that rolls back sends nothing and a step retried after its mail
 * went does not send it again; the team's address is read from the settings when it goes.
 */
@Stateless
@LocalBean
@Local(MailOwner.class)
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class StaffMail implements MailOwner {

  private static final Logger LOG = Logger.getLogger(StaffMail.class.getName());

  @Inject private Outbox outbox;

  /**
   * Writes the message to the team in the caller's transaction.
   *
   * @return the outbox row's id
   */
  public UUID queue(StaffRecipient team, String subject, String body) {
    Objects.requireNonNull(team, "team");
    return outbox.queue(MailPurpose.STAFF, team.name(), OutgoingText.of(subject, body));
  }

  @Override
  public MailPurpose purpose() {
    return MailPurpose.STAFF;
  }

  @Override
  public List<Outgoing> claim(List<UUID> ids) {
    return outbox.claim(ids).stream()
        .map(
            claimed ->
                claimed.to(
                    StaffRecipient.valueOf(claimed.recipient())
                        .address(CampaignSettings.current())))
        .toList();
  }

  @Override
  public void sent(List<UUID> ids) {
    outbox.sent(ids);
  }

  @Override
  public void failed(UUID id, MailDispatchException failure, OutboxSettings settings) {
    if (outbox.failed(id, failure, settings)) {
      LOG.warning(() -> "Staff message " + id + " given up: the team's address needs checking");
    }
  }
}
