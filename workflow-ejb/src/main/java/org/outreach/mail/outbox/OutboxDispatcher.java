package org.outreach.mail.outbox;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;
import org.outreach.mail.MailDispatchException;
import org.outreach.mail.MailSender;

/**
 * Sends the outbox's due rows every five seconds unless paused ({@link OutboxSettings#paused}),
 * outside any transaction: first the tries a stopped node left unanswered are made due again; then
 * as many rows as the relay's throttle leaves this minute (at most {@value #BATCH} a round) are
 * shared among as many workers as the mail sender keeps connections, each taking its rows one by
 * one: taken (SENDING) with its address by the owner of its purpose ({@link MailOwner}) in one
 * transaction, sent over a reused connection, recorded SENT or failed by that owner in another. A
 * crash between the relay's acceptance and that record is the only way a message goes twice, and
 * then with the same Message-ID, counted on its row.
 */
@Singleton
@Lock(LockType.READ)
@SystemService
public class OutboxDispatcher {

  /** The most rows one round sends. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Inject private Outbox outbox;
  @Inject private MailSender mailSender;
  @Inject @Any private Instance<MailOwner> owners;

  @Resource private ManagedExecutorService executor;

  /** One round at a time on this node. */
  private final ReentrantLock round = new ReentrantLock();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onSchedule() {
    // a round still running when the next is due is not queued behind
    if (!round.tryLock()) {
      return;
    }
    try {
      round();
    } catch (RuntimeException e) {
      // the next round tries again; the rows keep their state
      LOG.log(Level.WARNING, "Email dispatch round failed: " + e.getClass().getName());
    } finally {
      round.unlock();
    }
  }

  /**
   * One round now, after the one running, if any, has ended.
   *
   * @return how many messages the relay accepted in this round
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int dispatch() {
    round.lock();
    try {
      return round();
    } finally {
      round.unlock();
    }
  }

  private int round() {
    OutboxSettings settings = OutboxSettings.current();
    if (settings.paused()) {
      return 0;
    }
    int recovered = outbox.recoverInterrupted(settings);
    if (recovered > 0) {
      LOG.warning(() -> recovered + " interrupted email notice(s) made due again");
    }
    int budget = Math.min(BATCH, outbox.triesLeftThisMinute(settings));
    if (budget == 0) {
      return 0;
    }
    List<Outbox.Due> due = outbox.due(budget);
    if (due.isEmpty()) {
      return 0;
    }
    int workers =
        Math.min(
            due.size(),
            SettingValues.positiveInt(SettingValues.ofServer(), MailSender.CONNECTIONS, 2));
    List<Future<Integer>> shares = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      List<Outbox.Due> share = new ArrayList<>();
      for (int i = w; i < due.size(); i += workers) {
        share.add(due.get(i));
      }
      shares.add(executor.submit(() -> send(share, settings)));
    }
    int sent = 0;
    for (Future<Integer> share : shares) {
      sent += result(share);
    }
    int accepted = sent;
    LOG.fine(() -> "Email dispatch: " + accepted + " of " + due.size() + " accepted");
    return sent;
  }

  private int send(List<Outbox.Due> rows, OutboxSettings settings) {
    int sent = 0;
    for (Outbox.Due row : rows) {
      try {
        if (send(row, settings)) {
          sent++;
        }
      } catch (RuntimeException e) {
        // a row not taken stays CREATED, a row taken is recovered after the sending timeout
        LOG.warning(
            () -> "Message " + row.id() + " not sent this round: " + e.getClass().getName());
      }
    }
    return sent;
  }

  private boolean send(Outbox.Due row, OutboxSettings settings) {
    MailOwner owner = ownerOf(row.purpose());
    Optional<Outgoing> outgoing = owner.claim(row.id());
    if (outgoing.isEmpty()) {
      return false;
    }
    try {
      mailSender.send(outgoing.get().mail(), outgoing.get().messageId());
    } catch (MailDispatchException e) {
      owner.failed(row.id(), e, settings);
      return false;
    }
    owner.sent(row.id());
    return true;
  }

  /** The owner of a purpose's messages: exactly one is deployed for each. */
  private MailOwner ownerOf(MailPurpose purpose) {
    for (MailOwner owner : owners) {
      if (owner.purpose() == purpose) {
        return owner;
      }
    }
    throw new IllegalStateException("No owner of " + purpose + " messages is deployed");
  }

  private static int result(Future<Integer> share) {
    try {
      return share.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (ExecutionException e) {
      // the rows of that share keep their state: SENDING ones are recovered after the timeout
      LOG.warning("An email dispatch worker stopped: " + e.getCause().getClass().getName());
      return 0;
    }
  }
}
