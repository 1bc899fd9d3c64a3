package org.outreach.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;

/** Sends one message through the configured SMTP server and returns its Message-ID. */
@Stateless
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource(lookup = "java:jboss/mail/Outreach")
  private Session session;

  public String send(OutboundMail mail) {
    InternetAddress recipient;
    try {
      recipient = new InternetAddress(mail.recipient(), true);
    } catch (AddressException e) {
      // the address itself is personal data: name the problem, not the value
      throw new IllegalArgumentException("recipient: not a valid email address");
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, recipient);
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      message.saveChanges();
      Transport.send(message);
      String messageId = message.getMessageID();
      LOG.info(() -> "Mail sent, Message-ID " + messageId);
      return messageId;
    } catch (MessagingException e) {
      throw new MailDispatchException(
          "The mail server did not accept the message: " + e.getClass().getSimpleName(), null);
    }
  }
}
