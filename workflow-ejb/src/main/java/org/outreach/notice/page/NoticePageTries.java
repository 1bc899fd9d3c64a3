package org.outreach.notice.page;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outreach.access.SystemIdentity;
import org.outreach.notice.templates.NoticeSettings;

/**
 * Forgets the notice page's failed tries once neither of its windows counts them any more ({@link
 * NoticeSettings}): every hour, the tries older than the longer window are deleted, so what a
 * visitor typed and where they came from (a keyed index) is kept no longer than it is needed to
 * slow guessing.
 */
@Singleton
@PermitAll
public class NoticePageTries {

  private static final Logger LOG = Logger.getLogger(NoticePageTries.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Schedule(minute = "41", hour = "*", persistent = false)
  void onSchedule() {
    try {
      forget(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Forgetting the notice page's old tries failed: " + e.getClass().getName());
    }
  }

  /**
   * Deletes the tries that no window counts at {@code now}.
   *
   * @return how many were deleted
   */
  @RolesAllowed(SystemIdentity.ROLE)
  public int forgetOld(Instant now) {
    return forget(now);
  }

  private int forget(Instant now) {
    NoticeSettings settings = NoticeSettings.current();
    Duration longest =
        settings.pageAddressWindow().compareTo(settings.pageReferenceWindow()) > 0
            ? settings.pageAddressWindow()
            : settings.pageReferenceWindow();
    return entityManager
        .createQuery("DELETE FROM NoticePageTry t WHERE t.failedAt < :before")
        .setParameter("before", now.minus(longest).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
