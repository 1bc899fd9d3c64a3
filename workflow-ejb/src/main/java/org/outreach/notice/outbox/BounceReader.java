package org.outreach.notice.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.cluster.Leases;
import org.outreach.mail.outbox.MessageIds;
import org.outreach.notice.delivery.MailReplies;

/**
 * Reads the outreach mailbox ({@link BounceSettings}) over IMAP every thirty seconds: each unread
 * delivery status notification that reports a failed delivery of one of the outbox's messages
 * ({@link DeliveryReport}, matched by the Message-ID the outbox fixed) bounces that notice, and is
 * then marked read; each unread reply to one of the outbox's messages is recorded on its case once
 * as an acknowledgment ({@link MailReplies}) and left unread for the team. Anything else (a delay
 * report, a report or reply on a message that is not ours) is left as it is, unread, for whoever
 * else reads the mailbox. Nothing of a message (its sender, its recipient, its text) is logged.
 */
@Singleton
@Lock(LockType.READ)
@SystemService
@PermitAll
@RunAs(SystemIdentity.ROLE)
public class BounceReader {

  private static final Logger LOG = Logger.getLogger(BounceReader.class.getName());

  /** The most messages one round looks at. */
  static final int BATCH = 500;

  /** The lease under which the mailbox is read by one server of a cluster at a time. */
  static final String LEASE = "bounce-reading";

  /** Renewed at every round (every thirty seconds): another server reads two minutes after. */
  static final Duration LEASE_LENGTH = Duration.ofMinutes(2);

  @Inject private EmailOutbox outbox;
  @Inject private MailReplies replies;
  @Inject private Leases leases;

  private final ReentrantLock round = new ReentrantLock();

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onSchedule() {
    if (!round.tryLock()) {
      return;
    }
    try {
      round(BounceSettings.current());
    } catch (MessagingException | RuntimeException e) {
      // the mailbox is read again next round; what was not marked read is read then
      LOG.log(Level.WARNING, "Reading the bounce mailbox failed: " + e.getClass().getName());
    } finally {
      round.unlock();
    }
  }

  /**
   * One round now, after the one running, if any, has ended.
   *
   * @return how many notices bounced in it
   * @throws MessagingException when the mailbox cannot be read
   */
  @RolesAllowed(SystemIdentity.ROLE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int read() throws MessagingException {
    round.lock();
    try {
      return round(BounceSettings.current());
    } finally {
      round.unlock();
    }
  }

  private int round(BounceSettings settings) throws MessagingException {
    if (!settings.reads() || !leases.hold(LEASE, LEASE_LENGTH)) {
      return 0;
    }
    String protocol = settings.tls() ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".connectiontimeout", "30000");
    properties.put("mail." + protocol + ".timeout", "60000");
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(settings.host(), settings.port(), settings.user(), settings.password());
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      try {
        return read(inbox);
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  private int read(Folder inbox) throws MessagingException {
    Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    FetchProfile headers = new FetchProfile();
    headers.add(FetchProfile.Item.CONTENT_INFO);
    headers.add(UIDFolder.FetchProfileItem.UID);
    inbox.fetch(unread, headers);
    int bounced = 0;
    int reports = 0;
    int answers = 0;
    for (int i = 0; i < unread.length && i < BATCH; i++) {
      Message message = unread[i];
      if (!message.isMimeType("multipart/report")) {
        if (replyRecorded(message)) {
          answers++;
        }
        continue;
      }
      Optional<DeliveryReport> report;
      try {
        report = DeliveryReport.of(message);
      } catch (IOException | MessagingException e) {
        LOG.fine(
            () -> "A report in the bounce mailbox could not be read: " + e.getClass().getName());
        continue;
      }
      if (report.isEmpty()) {
        // reading the body marked it read: a report of something else stays unread
        message.setFlag(Flags.Flag.SEEN, false);
        continue;
      }
      if (!MessageIds.isOutboxMessageId(report.get().originalMessageId())) {
        message.setFlag(Flags.Flag.SEEN, false);
        continue;
      }
      reports++;
      if (outbox.bounced(report.get().originalMessageId(), report.get().status())) {
        bounced++;
      }
      message.setFlag(Flags.Flag.SEEN, true);
    }
    int found = reports;
    int matched = bounced;
    int answered = answers;
    if (found > 0 || answered > 0) {
      LOG.info(
          () ->
              "Outreach mailbox: "
                  + found
                  + " failure report(s), "
                  + matched
                  + " notice(s) bounced, "
                  + answered
                  + " new repl(ies) to notices recorded");
    }
    return bounced;
  }

  /**
   * A reply to one of the outbox's notices (its {@code In-Reply-To} or {@code References} names the
   * notice's Message-ID, which only the person's copy carries) is recorded on the notice's case
   * once, by the reply's own Message-ID, and left unread for the team. Only headers are read.
   */
  private boolean replyRecorded(Message message) throws MessagingException {
    String[] own = message.getHeader("Message-ID");
    if (own == null || own.length == 0 || own[0].isBlank() || own[0].length() > 255) {
      return false;
    }
    for (String answered : referenced(message)) {
      Optional<java.util.UUID> caseId = outbox.caseOfMessage(answered);
      if (caseId.isPresent()) {
        java.util.Date received =
            message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        try {
          return replies.record(
              caseId.get(), received == null ? null : received.toInstant(), own[0].strip());
        } catch (RuntimeException e) {
          // another node recorded it at the same moment (the Message-ID is unique), or the case
          // is gone: the next round looks again
          LOG.fine(() -> "A reply could not be recorded: " + e.getClass().getName());
          return false;
        }
      }
    }
    return false;
  }

  /** The Message-IDs a message answers, from its In-Reply-To and References headers. */
  private static java.util.List<String> referenced(Message message) throws MessagingException {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (String header : java.util.List.of("In-Reply-To", "References")) {
      String[] values = message.getHeader(header);
      if (values == null) {
        continue;
      }
      for (String value : values) {
        java.util.regex.Matcher id = MESSAGE_ID.matcher(value);
        while (id.find()) {
          if (MessageIds.isOutboxMessageId(id.group())) {
            ids.add(id.group());
          }
        }
      }
    }
    return ids;
  }

  private static final java.util.regex.Pattern MESSAGE_ID =
      java.util.regex.Pattern.compile("<[^<>\\s]{1,250}>");
}
