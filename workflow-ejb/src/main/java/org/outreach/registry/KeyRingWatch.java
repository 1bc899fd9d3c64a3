package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.outreach.privacy.KeyConfigurationException;

/**
 * Keeps this server's data keys in step with the other servers'. Every 30 seconds it reads its keys
 * again when an administrator has asked every server to since it last did, on whichever server she
 * asked, and it says which keys it holds ({@link KeyRings}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed("admin")
@RunAs("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRingWatch {

  private static final Logger LOG = Logger.getLogger(KeyRingWatch.class.getName());

  @Inject private DataProtection dataProtection;

  @EJB private KeyRings rings;

  /** The last reload asked of every server that this server has answered. */
  private long answered;

  private OffsetDateTime loadedAt;

  @PostConstruct
  void start() {
    // the keys were read at this start, after every reload asked before it
    loadedAt = now();
    try {
      answered = rings.reloadsAsked();
      rings.report(dataProtection.keyIds(), loadedAt);
    } catch (RuntimeException e) {
      LOG.warning(() -> "This server's data keys not reported at start: " + e.getClass().getName());
    }
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void look() {
    try {
      long asked = rings.reloadsAsked();
      if (asked > answered) {
        reload();
        answered = asked;
      }
      rings.report(dataProtection.keyIds(), loadedAt);
    } catch (RuntimeException e) {
      LOG.warning(() -> "This server's data keys not looked at: " + e.getClass().getName());
    }
  }

  private void reload() {
    try {
      DataProtection.KeyIds ids = dataProtection.reload();
      loadedAt = now();
      LOG.info(
          () ->
              "Data keys read again, as an administrator asked of every server: current "
                  + ids.current());
    } catch (KeyConfigurationException e) {
      // the keys in use stay, and the administrator sees this server's unchanged
      LOG.severe(() -> "Data keys not read again, the keys in use stay: " + e.getMessage());
    }
  }

  /**
   * This server has read its keys again for an administrator, who then asked it of every server as
   * request {@code asked}: no need to read them again for it.
   */
  public void reloadedHere(long asked) {
    loadedAt = now();
    answered = Math.max(answered, asked);
    rings.report(dataProtection.keyIds(), loadedAt);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
