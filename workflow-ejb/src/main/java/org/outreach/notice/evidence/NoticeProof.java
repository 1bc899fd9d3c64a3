package org.outreach.notice.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notice of a case, or one answer to a notice, as proof of notice lists it. No address, name,
 * number or note: what was sent, in which language and template version, through which channel to
 * which class of recipient, when each step happened, and the identifiers and hashes that tie it to
 * the message, the batch, the document and the receipt.
 *
 * @param kind what it is ({@link Kind})
 * @param channel how it went or came, as its record names it ({@code EMAIL}, {@code ATTORNEY},
 *     {@code POST}, {@code HAND_DELIVERY}, {@code PHONE}, {@code PARTNER}, or a reply's channel)
 * @param recipientClass who it went to ({@link RecipientClass}); for a reply, who answered
 * @param language the language of the notice (ISO 639 code), where one was chosen
 * @param templateVersion the template version the text came from, where the notice had one
 * @param state its state as its record has it ({@code SENT}, {@code BOUNCED}, {@code MAILED},
 *     {@code RECEIPT_SIGNED}, ...)
 * @param created when it was written, queued, asked for or received
 * @param sent when the relay accepted it (email) or its batch was marked mailed (letter)
 * @param delivered when it was confirmed received: a call that read the notice, a partner's
 *     confirmation
 * @param bounced when a bounce report for it arrived
 * @param returned when the post returned it undeliverable
 * @param failed when it failed for good without leaving
 * @param handedOver when it was handed over in custody (signed for or refused)
 * @param acknowledged whether it is an acknowledgment of the notice (replies and calls), else
 *     {@code null}
 * @param messageId the email's Message-ID
 * @param batchId the print batch of a letter or the custody batch of a notice to hand over
 * @param documentSha256 the SHA-256 of the rendered text or document (hex)
 * @param receiptSha256 the SHA-256 of the signed receipt (hex)
 */
public record NoticeProof(
    Kind kind,
    String channel,
    RecipientClass recipientClass,
    String language,
    String templateVersion,
    String state,
    Instant created,
    Instant sent,
    Instant delivered,
    Instant bounced,
    Instant returned,
    Instant failed,
    Instant handedOver,
    Boolean acknowledged,
    String messageId,
    String batchId,
    String documentSha256,
    String receiptSha256) {

  /** What a line of proof of notice is. */
  public enum Kind {
    EMAIL,
    LETTER,
    CUSTODY_NOTICE,
    HAND_DELIVERY,
    PHONE_CALL,
    PARTNER_NOTICE,
    REPLY
  }

  /** Whom a notice went to, by class, never by name or address. */
  public enum RecipientClass {
    PERSON,
    ATTORNEY,
    PARTNER_ORGANISATION
  }

  /** The moment a line is sorted by: when it began. */
  Instant sortedBy() {
    return created != null ? created : handedOver != null ? handedOver : Instant.EPOCH;
  }

  /** The start of a day on which a record says something happened, for days kept without time. */
  static Instant dayStart(LocalDate day) {
    return day == null ? null : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }
}
