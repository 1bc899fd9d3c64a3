package org.outreach.notice.outbox;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery status notification (RFC 3464) saying a message could not be delivered: the Message-ID
 * of the message it reports on and the status the reporting server gave (such as {@code 5.1.1}).
 * Only a report ({@code multipart/report; report-type=delivery-status}) whose recipient's action is
 * {@code failed} is one: a delay, a reply quoting the message and anything else are not. The
 * report's other fields (the recipient, the server's text) are never kept.
 */
public record DeliveryReport(String originalMessageId, String status) {

  private static final Pattern ACTION =
      Pattern.compile("^Action:\\s*([A-Za-z]+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final Pattern STATUS =
      Pattern.compile(
          "^Status:\\s*([245]\\.[0-9]{1,3}\\.[0-9]{1,3})",
          Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final Pattern MESSAGE_ID =
      Pattern.compile(
          "^Message-ID:\\s*(<[^<>\\s]{1,250}>)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  /** The most of a report's part that is read. */
  private static final int MAX_PART = 64 * 1024;

  /** The report {@code message} is, if it reports a failed delivery of a message it names. */
  public static Optional<DeliveryReport> of(Message message)
      throws MessagingException, IOException {
    if (!message.isMimeType("multipart/report") || !deliveryStatus(message.getContentType())) {
      return Optional.empty();
    }
    if (!(message.getContent() instanceof Multipart parts)) {
      return Optional.empty();
    }
    Optional<String> status = Optional.empty();
    Optional<String> messageId = Optional.empty();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("message/delivery-status")) {
        status = failureStatus(text(part));
      } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
        messageId = messageId(text(part));
      }
    }
    if (status.isEmpty() || messageId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DeliveryReport(messageId.get(), status.get()));
  }

  /**
   * The status of a failed recipient in a report's fields, if one failed ({@code Action: failed});
   * {@code 5.0.0} when the report gives none.
   */
  static Optional<String> failureStatus(String fields) {
    Matcher action = ACTION.matcher(fields);
    boolean failed = false;
    while (action.find()) {
      failed |= action.group(1).toLowerCase(Locale.ROOT).equals("failed");
    }
    if (!failed) {
      return Optional.empty();
    }
    Matcher status = STATUS.matcher(fields);
    String worst = null;
    while (status.find()) {
      if (worst == null || status.group(1).startsWith("5")) {
        worst = status.group(1);
      }
    }
    return Optional.of(worst == null ? "5.0.0" : worst);
  }

  /** The Message-ID among a message's headers (the first one, before any body). */
  static Optional<String> messageId(String headers) {
    int body = headers.indexOf("\r\n\r\n");
    if (body < 0) {
      body = headers.indexOf("\n\n");
    }
    Matcher id = MESSAGE_ID.matcher(body < 0 ? headers : headers.substring(0, body));
    return id.find() ? Optional.of(id.group(1)) : Optional.empty();
  }

  private static boolean deliveryStatus(String contentType) {
    try {
      String reportType = new ContentType(contentType).getParameter("report-type");
      return reportType != null && reportType.equalsIgnoreCase("delivery-status");
    } catch (ParseException e) {
      return false;
    }
  }

  /** A part's raw text, at most {@link #MAX_PART} bytes of it. */
  private static String text(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(MAX_PART), StandardCharsets.UTF_8);
    }
  }
}
