package org.outreach.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;

/**
 * Sends messages through the configured SMTP server over a pool of reused connections: at most as
 * many as {@value #CONNECTIONS} says (2 unless set) are open at once, each taken by one message at
 * a time and kept open for the next (a connection per message managed about 22 messages a second
 * here, a reused one about 1,900). A connection that failed is closed, and the next message opens a
 * new one.
 */
@Singleton
@Lock(LockType.READ)
@SystemService
public class MailSender {

  /** How many SMTP connections may be open at once. */
  public static final String CONNECTIONS = "outreach.smtp.connections";

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /** How long connecting, and then each read and write, may wait on the relay. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  static final Duration IO_TIMEOUT = Duration.ofSeconds(60);

  @Resource(lookup = "java:jboss/mail/Outreach")
  private Session configured;

  /**
   * The configured session (host, port, STARTTLS, sender; {@code mail.cli} sets no login) with
   * timeouts, so that a relay that hangs holds a connection and a worker for a minute at most, not
   * for ever (the mail library waits without end by default).
   */
  private Session session;

  @PostConstruct
  void withTimeouts() {
    Properties properties = new Properties();
    properties.putAll(configured.getProperties());
    for (String protocol : List.of("smtp", "smtps")) {
      properties.put(
          "mail." + protocol + ".connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
      properties.put("mail." + protocol + ".timeout", String.valueOf(IO_TIMEOUT.toMillis()));
      properties.put("mail." + protocol + ".writetimeout", String.valueOf(IO_TIMEOUT.toMillis()));
    }
    session = Session.getInstance(properties);
  }

  private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();
  private volatile Semaphore open;

  /** Sends one message with a Message-ID of the mail library's making, and returns it. */
  public String send(OutboundMail mail) {
    return send(mail, null);
  }

  /**
   * Sends one message and returns its Message-ID.
   *
   * @param messageId the Message-ID to send (angle brackets included), the same on every try of one
   *     message; {@code null} for one of the mail library's making
   * @throws MailDispatchException when the server did not accept it, saying whether a later try may
   *     pass
   */
  public String send(OutboundMail mail, String messageId) {
    InternetAddress recipient;
    try {
      recipient = new InternetAddress(mail.recipient(), true);
    } catch (AddressException e) {
      // the address itself is personal data: name the problem, not the value
      throw new MailDispatchException("INVALID_ADDRESS", true);
    }
    Semaphore permits = permits();
    try {
      if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new MailDispatchException("NO_CONNECTION_FREE", false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailDispatchException("INTERRUPTED", false);
    }
    Transport transport = null;
    try {
      MimeMessage message = new FixedIdMessage(session, messageId);
      message.setRecipient(Message.RecipientType.TO, recipient);
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      message.saveChanges();
      transport = connected();
      transport.sendMessage(message, message.getAllRecipients());
      idle.push(transport);
      transport = null;
      String sentId = message.getMessageID();
      LOG.fine(() -> "Mail sent, Message-ID " + sentId);
      return sentId;
    } catch (MessagingException e) {
      throw SmtpFailures.classify(e);
    } finally {
      if (transport != null) {
        close(transport);
      }
      permits.release();
    }
  }

  private Semaphore permits() {
    Semaphore current = open;
    if (current == null) {
      synchronized (this) {
        if (open == null) {
          open = new Semaphore(SettingValues.positiveInt(SettingValues.ofServer(), CONNECTIONS, 2));
        }
        current = open;
      }
    }
    return current;
  }

  /** An idle connection still open, else a new one. */
  private Transport connected() throws MessagingException {
    for (Transport reused = idle.poll(); reused != null; reused = idle.poll()) {
      if (reused.isConnected()) {
        return reused;
      }
      close(reused);
    }
    Transport opened = session.getTransport("smtp");
    opened.connect();
    return opened;
  }

  @PreDestroy
  void closeAll() {
    for (Transport transport = idle.poll(); transport != null; transport = idle.poll()) {
      close(transport);
    }
  }

  private static void close(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      LOG.fine(() -> "Closing an SMTP connection failed: " + e.getClass().getSimpleName());
    }
  }

  /** A message that keeps the Message-ID it was given, instead of making a new one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      if (messageId == null) {
        super.updateMessageID();
      } else {
        setHeader("Message-ID", messageId);
      }
    }
  }
}
