package org.outreach.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;
import org.outreach.recipients.OfficialRecipients;
import org.outreach.recipients.RecipientClass;

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
@RolesAllowed(SystemIdentity.ROLE)
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

  /**
   * The same with a login ({@link SmtpLogin}): SMTP AUTH on, and, unless the relay is on this
   * machine, STARTTLS required, so a password never crosses a network in clear.
   */
  private Session loginSession;

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
    Properties withLogin = new Properties();
    withLogin.putAll(properties);
    withLogin.put("mail.smtp.auth", "true");
    if (!SmtpRelay.onThisMachine(properties.getProperty("mail.smtp.host"))) {
      withLogin.put("mail.smtp.starttls.enable", "true");
      withLogin.put("mail.smtp.starttls.required", "true");
    }
    loginSession = Session.getInstance(withLogin);
  }

  /** An open connection and the login it was opened with. */
  private record Connection(Transport transport, SmtpLogin login) {}

  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
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
    refuseOfficial(recipient.getAddress());
    Semaphore permits = permits();
    try {
      if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new MailDispatchException("NO_CONNECTION_FREE", false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailDispatchException("INTERRUPTED", false);
    }
    Connection connection = null;
    try {
      MimeMessage message = new FixedIdMessage(session, messageId);
      message.setRecipient(Message.RecipientType.TO, recipient);
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      message.saveChanges();
      connection = connected();
      connection.transport().sendMessage(message, message.getAllRecipients());
      idle.push(connection);
      connection = null;
      String sentId = message.getMessageID();
      LOG.fine(() -> "Mail sent, Message-ID " + sentId);
      return sentId;
    } catch (MessagingException e) {
      throw SmtpFailures.classify(e);
    } finally {
      if (connection != null) {
        close(connection.transport());
      }
      permits.release();
    }
  }

  /**
   * The last guard on every path that sends: an address of a government or a consulate is refused
   * for good, whoever asked for the message ({@link OfficialRecipients}).
   */
  private static void refuseOfficial(String address) {
    Optional<RecipientClass> official;
    try {
      official = OfficialRecipients.current().ofEmail(address);
    } catch (IllegalStateException e) {
      // names the setting, never an address; nothing goes until the list is readable again
      LOG.warning(e.getMessage());
      throw new MailDispatchException("OFFICIAL_LIST_MALFORMED", false);
    }
    if (official.isPresent()) {
      LOG.warning(
          "A message to an address of a "
              + official.get()
              + " was refused: nothing is sent to a government or a consulate");
      throw new MailDispatchException("REFUSED_" + official.get(), true);
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

  /**
   * An idle connection still open under the login now configured, else a new one (a connection
   * opened under a login since changed is closed).
   */
  private Connection connected() throws MessagingException {
    SmtpLogin login;
    try {
      login = SmtpLogin.current();
    } catch (IllegalStateException e) {
      // names the settings, never a value; the message waits until the login is set right
      LOG.warning(e.getMessage());
      throw new MailDispatchException("LOGIN_NOT_CONFIGURED", false);
    }
    for (Connection reused = idle.poll(); reused != null; reused = idle.poll()) {
      if (reused.login().equals(login) && reused.transport().isConnected()) {
        return reused;
      }
      close(reused.transport());
    }
    if (!login.logsIn()) {
      Transport opened = session.getTransport("smtp");
      opened.connect();
      return new Connection(opened, login);
    }
    Transport opened = loginSession.getTransport("smtp");
    opened.connect(login.user(), login.password());
    return new Connection(opened, login);
  }

  @PreDestroy
  void closeAll() {
    for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
      close(connection.transport());
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
