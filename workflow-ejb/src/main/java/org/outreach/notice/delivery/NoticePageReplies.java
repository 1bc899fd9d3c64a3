package org.outreach.notice.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.correlation.CaseEvents;

/**
 * Records an acknowledgment given on the public notice page as a reply of the case (channel {@link
 * ReplyChannel#NOTICE_PAGE}), told to the case's processes in the same transaction, so that it is
 * on the case's timeline and counted by the campaign funnel like one recorded by a caseworker. The
 * page checks the visitor's reference and date of birth first and audits the confirmation; this
 * service trusts it to.
 */
@Stateless
@RolesAllowed(SystemIdentity.ROLE)
@SystemService
public class NoticePageReplies {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseEvents events;

  /**
   * Records the acknowledgment.
   *
   * @param recordedBy who the record names as having written it (the page's actor)
   * @return whether a step of the case was waiting for the acknowledgment and took it
   */
  public boolean acknowledged(UUID caseId, String recordedBy) {
    Objects.requireNonNull(caseId, "caseId");
    boolean reached = events.noticeAcknowledged(caseId);
    entityManager.persist(
        IncomingReply.fromNoticePage(
            UUID.randomUUID(),
            caseId,
            reached,
            Objects.requireNonNull(recordedBy, "recordedBy"),
            OffsetDateTime.now(ZoneOffset.UTC)));
    return reached;
  }
}
