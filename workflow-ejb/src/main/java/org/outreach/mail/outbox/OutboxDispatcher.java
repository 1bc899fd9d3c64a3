package org.outreach.mail.outbox;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.campaign.SettingValues;
import org.outreach.cluster.Leases;
import org.outreach.mail.MailDispatchException;
import org.outreach.mail.MailSender;

/**
 * Sends the outbox's due rows every five seconds unless held by an administrator ({@link
 * OutboxHold}) or paused on this server ({@link OutboxSettings#paused}), outside any transaction:
 * first the tries a stopped node left unanswered are made due again; then as many rows as the
 * relay's throttle leaves this minute (at most {@value #BATCH} a round) are shared among as many
 * workers as the mail sender keeps connections, each taking its rows {@value #CHUNK} at a time:
 * taken (SENDING) with their addresses by the owner of their purpose ({@link MailOwner}) in one
 * transaction, sent one by one over a reused connection, the accepted ones recorded SENT by that
 * owner in another and each failed one in one of its own. A crash between the relay's acceptance
 * and that record is the only way a message goes twice, and then with the same Message-ID, counted
 * on its row: a try never begins after half the sending timeout (see {@link #send(MailOwner, List,
 * OutboxSettings)}), so no server counts a try interrupted while it runs.
 */
@Singleton
@Lock(LockType.READ)
@SystemService
@PermitAll
@RunAs(SystemIdentity.ROLE)
public class OutboxDispatcher {

  /** The most rows one round sends. */
  static final int BATCH = 200;

  /**
   * How many rows a worker takes, and records accepted, in one transaction: a commit costs more
   * than sending a message over a reused connection, so each message costs two fewer commits in
   * twenty; a node stopped mid-chunk repeats at most this many of a worker's messages, each with
   * its Message-ID and counted.
   */
  static final int CHUNK = 20;

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  /**
   * The lease under which the rounds run on one server of a cluster at a time (see {@link Leases}):
   * so the throttle's budget and the relay's connections are one cluster's, not one per server.
   */
  static final String LEASE = "outbox-dispatch";

  /**
   * Renewed at every round (every five seconds); another server takes over a minute after this one
   * fell silent. A round that runs longer lets another server's round begin beside it, which only
   * costs exactness of the throttle: a row is taken by one round alone, and no try begins after
   * half the sending timeout.
   */
  static final Duration LEASE_LENGTH = Duration.ofMinutes(1);

  @Inject private Outbox outbox;
  @Inject private MailSender mailSender;
  @Inject private Leases leases;
  @EJB private OutboxHold hold;
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
  @RolesAllowed(SystemIdentity.ROLE)
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
    if (settings.paused() || held() || !leases.hold(LEASE, LEASE_LENGTH)) {
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
    for (int from = 0; from < rows.size(); from += CHUNK) {
      // a hold stops a round already sending before its next chunk
      if (from > 0 && held()) {
        break;
      }
      Map<MailPurpose, List<UUID>> chunk = new EnumMap<>(MailPurpose.class);
      for (Outbox.Due row : rows.subList(from, Math.min(from + CHUNK, rows.size()))) {
        chunk.computeIfAbsent(row.purpose(), purpose -> new ArrayList<>()).add(row.id());
      }
      for (Map.Entry<MailPurpose, List<UUID>> part : chunk.entrySet()) {
        sent += send(ownerOf(part.getKey()), part.getValue(), settings);
      }
    }
    return sent;
  }

  private boolean held() {
    return hold.state().held();
  }

  /**
   * Takes the rows of one owner, sends them over this worker's connection and records them. No try
   * begins once half the sending timeout has passed since the rows were taken: the rows not tried
   * by then are given back, due again at once. So every try ends, bounded by the connection's
   * timeouts, well before any server (this one or another sharing the database) may count it
   * interrupted and send it again; without this a slow relay could keep the last rows of a chunk
   * waiting past the timeout while another server sends them too.
   */
  private int send(MailOwner owner, List<UUID> ids, OutboxSettings settings) {
    long lastStart = System.nanoTime() + settings.sendingTimeout().toNanos() / 2;
    List<Outgoing> outgoing = claim(owner, ids);
    List<UUID> accepted = new ArrayList<>(outgoing.size());
    for (int i = 0; i < outgoing.size(); i++) {
      Outgoing message = outgoing.get(i);
      if (System.nanoTime() - lastStart > 0) {
        release(outgoing.subList(i, outgoing.size()));
        break;
      }
      try {
        mailSender.send(message.mail(), message.messageId());
        accepted.add(message.id());
      } catch (MailDispatchException e) {
        failed(owner, message.id(), e, settings);
      } catch (RuntimeException e) {
        // the row stays SENDING and is tried again after the sending timeout
        LOG.warning(
            () -> "Message " + message.id() + " not sent this round: " + e.getClass().getName());
      }
    }
    recordSent(owner, accepted);
    return accepted.size();
  }

  /**
   * The owner takes the rows in one transaction; if that fails, each row on its own, so that one
   * row the owner cannot take holds up no other.
   */
  private List<Outgoing> claim(MailOwner owner, List<UUID> ids) {
    try {
      return owner.claim(ids);
    } catch (RuntimeException chunkFailed) {
      List<Outgoing> outgoing = new ArrayList<>(ids.size());
      for (UUID id : ids) {
        try {
          outgoing.addAll(owner.claim(List.of(id)));
        } catch (RuntimeException e) {
          // the row stays CREATED and is tried again next round
          LOG.warning(() -> "Message " + id + " not taken this round: " + e.getClass().getName());
        }
      }
      return outgoing;
    }
  }

  /** Gives the rows back untried; if that fails they are recovered after the sending timeout. */
  private void release(List<Outgoing> untried) {
    try {
      outbox.release(untried.stream().map(Outgoing::id).toList());
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              untried.size()
                  + " message(s) not tried and not given back: "
                  + e.getClass().getName());
    }
  }

  /**
   * The owner records the accepted rows in one transaction; if that fails, each row on its own. A
   * row whose record fails stays SENDING and is sent again after the sending timeout, with the same
   * Message-ID, counted as a repeat.
   */
  private void recordSent(MailOwner owner, List<UUID> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    try {
      owner.sent(accepted);
    } catch (RuntimeException chunkFailed) {
      for (UUID id : accepted) {
        try {
          owner.sent(List.of(id));
        } catch (RuntimeException e) {
          LOG.warning(
              () -> "Message " + id + " accepted but not recorded: " + e.getClass().getName());
        }
      }
    }
  }

  private void failed(
      MailOwner owner, UUID id, MailDispatchException failure, OutboxSettings settings) {
    try {
      owner.failed(id, failure, settings);
    } catch (RuntimeException e) {
      // the row stays SENDING and is tried again after the sending timeout
      LOG.warning(() -> "Message " + id + " failed and not recorded: " + e.getClass().getName());
    }
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
