package org.outreach.notice.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.correlation.CaseEvents;
import org.outreach.privacy.FieldCipher;

/**
 * Records a reply or acknowledgment from the person (they wrote, called or came in) on their case,
 * for whoever may open the case. An acknowledgment of the notice is told to the case's processes
 * ({@code NoticeAcknowledged}) in the same transaction: the notice's delivery waiting for an answer
 * takes it as proof; a process not waiting leaves the reply on the record only, and the answer says
 * so. The note is stored sealed; the record is audited.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class IncomingReplies {

  private static final Logger LOG = Logger.getLogger(IncomingReplies.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private CaseEvents events;
  @Inject private FieldCipher cipher;
  @Resource private SessionContext session;

  /**
   * Records the reply.
   *
   * @return whether a step of the case was waiting for the acknowledgment and took it; {@code
   *     false} for a reply that acknowledges nothing
   * @throws InvalidReplyException naming the field and the rule; nothing was written
   * @throws UnknownCaseException if there is no such case or the caller may not open it
   */
  public boolean record(UUID caseId, NewReply reply) {
    caseAccess.requireVisible(Objects.requireNonNull(caseId, "caseId"));
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    // the form takes minutes: a reply in the minute the case was opened is not before it
    ReplyRules.check(reply, summary.openedAt().truncatedTo(ChronoUnit.MINUTES), now);
    boolean reached = reply.acknowledgesNotice() && events.noticeAcknowledged(caseId);
    UUID id = UUID.randomUUID();
    String note = ReplyRules.noteOf(reply);
    String caller = session.getCallerPrincipal().getName();
    entityManager.persist(
        new IncomingReply(
            id,
            caseId,
            reply,
            reached,
            note == null ? null : cipher.encrypt(note, IncomingReply.noteData(id)),
            caller,
            now));
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller,
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.RECORD_INCOMING_REPLY,
            AccessPurpose.CASEWORK,
            null));
    LOG.info(
        () ->
            "Reply "
                + id
                + " recorded for case "
                + caseId
                + " ("
                + reply.channel()
                + (reply.acknowledgesNotice()
                    ? reached ? ", acknowledgment taken by the process" : ", no step waiting"
                    : "")
                + ")");
    return reached;
  }
}
