package org.outreach.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.outreach.cluster.ServerLife;
import org.outreach.registry.DataProtection.KeyIds;

/**
 * The data keys of every server sharing the database. Each server reads its keys from its own
 * configuration; here it says which it holds (ids only) every 30 seconds and after each reload, and
 * a reload an administrator asks of one server is asked of all ({@link KeyRingWatch}).
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KeyRings {

  /** A server silent this long is taken to be stopped: its keys are listed, not compared. */
  public static final Duration SILENT = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** Records that this server holds {@code ids}, read at {@code loadedAt}. */
  public void report(KeyIds ids, OffsetDateTime loadedAt) {
    String keyIds = String.join(",", ids.all().stream().sorted().toList());
    KeyRingRecord record = entityManager.find(KeyRingRecord.class, ServerLife.node());
    if (record == null) {
      record = new KeyRingRecord(ServerLife.node());
      record.said(ids.current(), keyIds, loadedAt, now());
      entityManager.persist(record);
    } else {
      record.said(ids.current(), keyIds, loadedAt, now());
    }
  }

  /**
   * Asks every server to read its data keys again at its next look.
   *
   * @return the request's number, which {@link #reloadsAsked()} reaches with it
   */
  public long askReload() {
    KeyReloadRequest request =
        entityManager.find(
            KeyReloadRequest.class, KeyReloadRequest.ONLY, LockModeType.PESSIMISTIC_WRITE);
    request.asked(now());
    return request.generation();
  }

  /** How many reloads administrators have asked of every server. */
  public long reloadsAsked() {
    return entityManager.find(KeyReloadRequest.class, KeyReloadRequest.ONLY).generation();
  }

  /** Every server's keys as it last said them, by node name. */
  public List<ServerKeys> servers() {
    OffsetDateTime silentSince = now().minus(SILENT);
    return entityManager
        .createQuery("SELECT r FROM KeyRingRecord r ORDER BY r.node", KeyRingRecord.class)
        .getResultList()
        .stream()
        .map(
            record ->
                new ServerKeys(
                    record.node(),
                    record.currentKey(),
                    List.of(record.keyIds().split(",")),
                    record.loadedAt(),
                    record.seenAt(),
                    record.seenAt().isAfter(silentSince)))
        .toList();
  }

  /**
   * What one server said of its keys.
   *
   * @param live whether it said so within {@link #SILENT}
   */
  public record ServerKeys(
      String node,
      String currentKey,
      List<String> keys,
      OffsetDateTime loadedAt,
      OffsetDateTime seenAt,
      boolean live) {}

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
