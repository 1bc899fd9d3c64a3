package org.outreach.notice.evidence;

import java.time.Instant;
import java.time.LocalDate;
import org.outreach.recipients.RecipientClass;

/**
 * One notice of a case, or one answer to a notice, as proof of notice lists it. No address, name,
 * number or note: what was sent, in which language and template version, through which channel to
 * which class of recipient, when each step happened, and the identifiers and hashes that tie it to
 * the message, the batch, the document and the receipt.
 *
 * @param kind what it is ({@link Kind})
 * @param channel how it went or came, as its record names it ({@code EMAIL}, {@code ATTORNEY},
 *     {@code POST}, {@code HAND_DELIVERY}, {@code PHONE}, {@code PARTNER}, or a reply's channel)
 * @param recipientClass who it went to ({@link RecipientClass}), a government or a consulate for a
 *     notice refused because its address reaches one; for a reply, who answered
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

  /** A line of the kind, channel and recipient class, its other fields to be given. */
  static Builder of(Kind kind, String channel, RecipientClass recipientClass) {
    return new Builder(kind, channel, recipientClass);
  }

  /** Builds a line field by field: most lines have only a few of them. */
  static final class Builder {
    private final Kind kind;
    private final String channel;
    private final RecipientClass recipientClass;
    private String language;
    private String templateVersion;
    private String state;
    private Instant created;
    private Instant sent;
    private Instant delivered;
    private Instant bounced;
    private Instant returned;
    private Instant failed;
    private Instant handedOver;
    private Boolean acknowledged;
    private String messageId;
    private String batchId;
    private String documentSha256;
    private String receiptSha256;

    private Builder(Kind kind, String channel, RecipientClass recipientClass) {
      this.kind = kind;
      this.channel = channel;
      this.recipientClass = recipientClass;
    }

    Builder text(String language, String templateVersion) {
      this.language = language;
      this.templateVersion = templateVersion;
      return this;
    }

    Builder state(String state) {
      this.state = state;
      return this;
    }

    Builder created(Instant created) {
      this.created = created;
      return this;
    }

    Builder sent(Instant sent) {
      this.sent = sent;
      return this;
    }

    Builder delivered(Instant delivered) {
      this.delivered = delivered;
      return this;
    }

    Builder bounced(Instant bounced) {
      this.bounced = bounced;
      return this;
    }

    Builder returned(Instant returned) {
      this.returned = returned;
      return this;
    }

    Builder failed(Instant failed) {
      this.failed = failed;
      return this;
    }

    Builder handedOver(Instant handedOver) {
      this.handedOver = handedOver;
      return this;
    }

    Builder acknowledged(boolean acknowledged) {
      this.acknowledged = acknowledged;
      return this;
    }

    Builder messageId(String messageId) {
      this.messageId = messageId;
      return this;
    }

    Builder batchId(String batchId) {
      this.batchId = batchId;
      return this;
    }

    Builder hashes(String documentSha256, String receiptSha256) {
      this.documentSha256 = documentSha256;
      this.receiptSha256 = receiptSha256;
      return this;
    }

    NoticeProof build() {
      return new NoticeProof(
          kind,
          channel,
          recipientClass,
          language,
          templateVersion,
          state,
          created,
          sent,
          delivered,
          bounced,
          returned,
          failed,
          handedOver,
          acknowledged,
          messageId,
          batchId,
          documentSha256,
          receiptSha256);
    }
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
