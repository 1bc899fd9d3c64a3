package org.outreach.notice.refusals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.cases.NoticeChannel;
import org.outreach.recipients.RecipientClass;

/**
 * Records the notices refused because their address reaches a government or a consulate, once per
 * notice, in the caller's transaction (the outbox's or the print batch's step that refused it). The
 * log names the case, the channel and the class, never the address. Supervisors read them through
 * {@link RefusedNotices}.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class DispatchRefusals {

  private static final Logger LOG = Logger.getLogger(DispatchRefusals.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Records that the notice was not sent to a government or consulate recipient; a notice refused
   * before is not recorded again.
   *
   * @param noticeId the email of the outbox or the letter refused
   */
  public RefusalView record(
      UUID caseId, NoticeChannel channel, RecipientClass recipientClass, UUID noticeId) {
    Objects.requireNonNull(noticeId, "noticeId");
    List<DispatchRefusal> before =
        entityManager
            .createNamedQuery("DispatchRefusal.findByNotice", DispatchRefusal.class)
            .setParameter("noticeId", noticeId)
            .getResultList();
    if (!before.isEmpty()) {
      return before.get(0).view();
    }
    DispatchRefusal refusal =
        new DispatchRefusal(
            caseId, channel, recipientClass, noticeId, OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.persist(refusal);
    LOG.warning(
        () ->
            "Notice "
                + noticeId
                + " of case "
                + caseId
                + " by "
                + channel
                + " refused: its address reaches a "
                + recipientClass);
    return refusal.view();
  }
}
