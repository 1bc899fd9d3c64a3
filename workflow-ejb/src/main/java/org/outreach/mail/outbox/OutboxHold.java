package org.outreach.mail.outbox;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;

/**
 * An administrator's hold on outgoing email, for every server sharing the database: for an incident
 * at the relay or in a text. While held, no dispatch round sends (a round already sending stops
 * before its next {@value OutboxDispatcher#CHUNK} messages); the messages wait, CREATED, and go
 * once it is released. Each server's own {@value OutboxSettings#PAUSED} pauses that server alone,
 * for its start; this hold needs no restart and no server's configuration.
 */
@Stateless
public class OutboxHold {

  private static final Logger LOG = Logger.getLogger(OutboxHold.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;

  /**
   * Whether email is held, and who changed that last and when.
   *
   * @param changedBy the account that held or released it last; {@code null} if none ever did
   */
  public record State(boolean held, String changedBy, OffsetDateTime changedAt) {}

  /** The hold as it stands. */
  @RolesAllowed({SystemIdentity.ROLE, "supervisor", "admin"})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public State state() {
    return stateOf(entityManager.find(OutboxHoldRecord.class, OutboxHoldRecord.ONLY));
  }

  /** Holds outgoing email on every server; holding it again changes nothing. */
  @RolesAllowed("admin")
  public State hold() {
    return set(true);
  }

  /** Releases the hold: the waiting messages go at the next round, within the relay's throttle. */
  @RolesAllowed("admin")
  public State release() {
    return set(false);
  }

  private State set(boolean held) {
    OutboxHoldRecord record =
        entityManager.find(
            OutboxHoldRecord.class, OutboxHoldRecord.ONLY, LockModeType.PESSIMISTIC_WRITE);
    if (record.held() != held) {
      String by = session.getCallerPrincipal().getName();
      // to the microsecond, as the database keeps it
      record.set(held, by, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
      LOG.info(
          () -> "Outgoing email " + (held ? "held" : "released") + " by the administrator " + by);
    }
    return stateOf(record);
  }

  private static State stateOf(OutboxHoldRecord record) {
    return new State(record.held(), record.changedBy(), record.changedAt());
  }
}
