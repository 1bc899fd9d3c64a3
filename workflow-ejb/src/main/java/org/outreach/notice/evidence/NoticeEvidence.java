package org.outreach.notice.evidence;

import static org.outreach.sql.NativeValues.day;
import static org.outreach.sql.NativeValues.flag;
import static org.outreach.sql.NativeValues.instant;
import static org.outreach.sql.NativeValues.text;
import static org.outreach.sql.NativeValues.uuid;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentView;
import org.outreach.notice.evidence.NoticeProof.Kind;
import org.outreach.recipients.RecipientClass;

/**
 * Gathers proof of notice for a case from the records the rest of {@code notice} keeps: the emails
 * of the outbox, the letters and their print batches, the notices printed for a hand delivery in
 * custody, the hand deliveries with their receipts, the calls, the notices through a partner
 * organisation, the person's replies, and the notices refused because their address reaches a
 * government or a consulate (with that class as their recipient). Supervisors and administrators
 * only; each bundle is written to the audit trail ({@code READ_NOTICE_EVIDENCE}) with the purpose
 * stated. Nothing in it is decrypted: no address, number, name or note is read.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class NoticeEvidence {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private CaseRecords cases;
  @Inject private CaseDocuments documents;

  /**
   * Proof of notice for the case, for a purpose a person states.
   *
   * @throws UnknownCaseException if there is no such case
   * @throws IllegalArgumentException if the purpose is one only a job may state
   */
  public EvidenceBundle of(UUID caseId, AccessPurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    if (!AccessPurpose.statedByPeople().contains(purpose)) {
      throw new IllegalArgumentException("purpose: not one a person states");
    }
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    Map<UUID, DocumentView> receipts =
        documents.list(caseId).stream()
            .collect(Collectors.toMap(DocumentView::id, Function.identity()));
    List<NoticeProof> notices = new ArrayList<>();
    notices.addAll(emails(caseId));
    notices.addAll(letters(caseId));
    notices.addAll(custodyNotices(caseId));
    notices.addAll(handDeliveries(caseId, receipts));
    notices.addAll(calls(caseId));
    notices.addAll(partnerNotices(caseId));
    notices.addAll(replies(caseId));
    notices.sort(Comparator.comparing(NoticeProof::sortedBy));
    String reader = session.getCallerPrincipal().getName();
    entityManager.persist(
        AuditEvent.onCaseRecord(
            reader,
            cases.personOf(caseId).orElse(null),
            caseId,
            AuditAction.READ_NOTICE_EVIDENCE,
            purpose,
            null));
    return new EvidenceBundle(summary.reference(), Instant.now(), reader, purpose, notices);
  }

  /**
   * Proof of notice as files for a court: the JSON bundle and the same as a PDF that quotes the
   * JSON's SHA-256, from one reading (one audit event).
   */
  public EvidenceFiles filesOf(UUID caseId, AccessPurpose purpose) {
    EvidenceBundle bundle = of(caseId, purpose);
    byte[] json = EvidenceJson.of(bundle);
    return new EvidenceFiles(
        bundle.caseReference(), json, EvidencePdf.render(bundle, sha256(json)));
  }

  /** The bundle of one case as the JSON and PDF files given out together. */
  public record EvidenceFiles(String caseReference, byte[] json, byte[] pdf) {}

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private List<NoticeProof> emails(UUID caseId) {
    return rows(
            "SELECT e.channel, e.language, CAST(e.template_version_id AS VARCHAR(36)), m.status,"
                + " m.created_at, m.sent_at, m.failed_at, m.message_id, m.content_sha256,"
                + " r.recipient_class FROM email_notice e"
                + " JOIN outbox_message m ON m.id = e.id"
                + " LEFT JOIN dispatch_refusal r ON r.notice_id = e.id WHERE e.case_id = :caseId",
            caseId)
        .stream()
        .map(
            c -> {
              String channel = text(c[0]);
              String status = text(c[3]);
              Instant ended = instant(c[6]);
              RecipientClass to =
                  "ATTORNEY".equals(channel) ? RecipientClass.ATTORNEY : RecipientClass.PERSON;
              return NoticeProof.of(Kind.EMAIL, channel, refusedOr(c[9], to))
                  .text(text(c[1]), text(c[2]))
                  .state(status)
                  .created(instant(c[4]))
                  .sent(instant(c[5]))
                  .bounced("BOUNCED".equals(status) ? ended : null)
                  .failed("FAILED".equals(status) ? ended : null)
                  .messageId(text(c[7]))
                  .hashes(text(c[8]), null)
                  .build();
            })
        .toList();
  }

  private List<NoticeProof> letters(UUID caseId) {
    return rows(
            "SELECT l.language, l.template_version, l.english_template_version, l.status,"
                + " l.queued_at, l.mailed_at, l.returned_at, CAST(l.batch_id AS VARCHAR(36)),"
                + " l.document_sha256, r.recipient_class FROM letter l"
                + " LEFT JOIN dispatch_refusal r ON r.notice_id = l.id WHERE l.case_id = :caseId",
            caseId)
        .stream()
        .map(
            c ->
                NoticeProof.of(Kind.LETTER, "POST", refusedOr(c[9], RecipientClass.PERSON))
                    .text(text(c[0]), versions(text(c[1]), text(c[2])))
                    .state(text(c[3]))
                    .created(instant(c[4]))
                    .sent(instant(c[5]))
                    .returned(instant(c[6]))
                    .batchId(text(c[7]))
                    .hashes(text(c[8]), null)
                    .build())
        .toList();
  }

  private List<NoticeProof> custodyNotices(UUID caseId) {
    return rows(
            "SELECT n.language, n.template_version, n.english_template_version, b.created_at,"
                + " CAST(n.batch_id AS VARCHAR(36)), n.document_sha256 FROM custody_notice n"
                + " JOIN custody_batch b ON b.id = n.batch_id WHERE n.case_id = :caseId",
            caseId)
        .stream()
        .map(
            c ->
                NoticeProof.of(Kind.CUSTODY_NOTICE, "HAND_DELIVERY", RecipientClass.PERSON)
                    .text(text(c[0]), versions(text(c[1]), text(c[2])))
                    .state("PRINTED")
                    .created(instant(c[3]))
                    .batchId(text(c[4]))
                    .hashes(text(c[5]), null)
                    .build())
        .toList();
  }

  private List<NoticeProof> handDeliveries(UUID caseId, Map<UUID, DocumentView> documentsById) {
    return rows(
            "SELECT outcome, reason, attempted_at, recorded_at, receipt_document_id"
                + " FROM hand_delivery WHERE case_id = :caseId",
            caseId)
        .stream()
        .map(
            c -> {
              String outcome = text(c[0]);
              boolean handed = !"NOT_DELIVERED".equals(outcome);
              DocumentView receipt = documentsById.get(uuid(c[4]));
              return NoticeProof.of(Kind.HAND_DELIVERY, "HAND_DELIVERY", RecipientClass.PERSON)
                  .state(c[1] == null ? outcome : outcome + ":" + text(c[1]))
                  .created(instant(c[3]))
                  .handedOver(handed ? instant(c[2]) : null)
                  .failed(handed ? null : instant(c[2]))
                  .hashes(null, receipt == null ? null : receipt.sha256())
                  .build();
            })
        .toList();
  }

  private List<NoticeProof> calls(UUID caseId) {
    return rows(
            "SELECT outcome, language, called_at, notice_read, acknowledged FROM phone_call"
                + " WHERE case_id = :caseId",
            caseId)
        .stream()
        .map(
            c ->
                NoticeProof.of(Kind.PHONE_CALL, "PHONE", RecipientClass.PERSON)
                    .text(text(c[1]), null)
                    .state(text(c[0]))
                    .created(instant(c[2]))
                    .delivered(flag(c[3]) ? instant(c[2]) : null)
                    .acknowledged(flag(c[4]))
                    .build())
        .toList();
  }

  private List<NoticeProof> partnerNotices(UUID caseId) {
    return rows(
            "SELECT outcome, asked_on, confirmed_on FROM partner_notice WHERE case_id = :caseId",
            caseId)
        .stream()
        .map(
            c ->
                NoticeProof.of(Kind.PARTNER_NOTICE, "PARTNER", RecipientClass.PARTNER_ORGANISATION)
                    .state(text(c[0]))
                    .created(NoticeProof.dayStart(day(c[1])))
                    .delivered(NoticeProof.dayStart(day(c[2])))
                    .build())
        .toList();
  }

  private List<NoticeProof> replies(UUID caseId) {
    return rows(
            "SELECT channel, received_at, acknowledges_notice FROM incoming_reply"
                + " WHERE case_id = :caseId",
            caseId)
        .stream()
        .map(
            c -> {
              String channel = text(c[0]);
              RecipientClass from =
                  switch (channel) {
                    case "THROUGH_COUNSEL" -> RecipientClass.ATTORNEY;
                    case "THROUGH_PARTNER" -> RecipientClass.PARTNER_ORGANISATION;
                    default -> RecipientClass.PERSON;
                  };
              return NoticeProof.of(Kind.REPLY, channel, from)
                  .state("RECEIVED")
                  .created(instant(c[1]))
                  .acknowledged(flag(c[2]))
                  .build();
            })
        .toList();
  }

  /**
   * The class a refusal recorded (the address reached a government or a consulate), else the one
   * the channel addresses.
   */
  private static RecipientClass refusedOr(Object refusedClass, RecipientClass addressed) {
    return refusedClass == null ? addressed : RecipientClass.valueOf(text(refusedClass));
  }

  /** The versions of a bilingual text: the person's language's, then the English one. */
  private static String versions(String own, String english) {
    return english == null || english.equals(own) ? own : own + " + " + english;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, UUID caseId) {
    return entityManager.createNativeQuery(sql).setParameter("caseId", caseId).getResultList();
  }
}
