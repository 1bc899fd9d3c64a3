package org.outreach.notice.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.correlation.CaseEvents;

/**
 * Replies to a notice email read from the outreach mailbox: the person answered the email the
 * outbox sent to them, which proves it reached them. Each is recorded once on the case (by the
 * reply's own Message-ID) as an acknowledgment that came by email, and told to the case's process
 * as one. Nothing of the reply (its sender, subject or text) is kept: it stays in the mailbox for
 * the team to read.
 */
@Stateless
@RolesAllowed(SystemIdentity.ROLE)
@SystemService
public class MailReplies {

  private static final Logger LOG = Logger.getLogger(MailReplies.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private CaseEvents events;

  /**
   * Records a reply to one of the case's notice emails.
   *
   * @param receivedAt when the mailbox received it (kept between the case's opening and now)
   * @param mailMessageId the reply's own Message-ID
   * @return whether it was new (a reply recorded before is not recorded again)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(UUID caseId, Instant receivedAt, String mailMessageId) {
    Objects.requireNonNull(mailMessageId, "mailMessageId");
    long known =
        entityManager
            .createNamedQuery("IncomingReply.countByMailMessageId", Long.class)
            .setParameter("mailMessageId", mailMessageId)
            .getSingleResult();
    CaseSummary summary = cases.find(caseId).orElse(null);
    if (known > 0 || summary == null) {
      return false;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime received = receivedAt == null ? now : receivedAt.atOffset(ZoneOffset.UTC);
    if (received.isAfter(now)) {
      received = now;
    }
    if (received.isBefore(summary.openedAt())) {
      received = summary.openedAt();
    }
    boolean reached = events.noticeAcknowledged(caseId);
    UUID id = UUID.randomUUID();
    entityManager.persist(
        IncomingReply.fromMailbox(id, caseId, received, reached, mailMessageId, now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            AuditEvent.SYSTEM,
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RECORD_INCOMING_REPLY,
            AccessPurpose.NOTICE_DELIVERY,
            null));
    LOG.info(
        () ->
            "Reply "
                + id
                + " by email recorded for case "
                + caseId
                + (reached ? " (acknowledgment taken by the process)" : " (no step waiting)"));
    return true;
  }
}
