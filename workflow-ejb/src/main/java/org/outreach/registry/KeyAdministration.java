package org.outreach.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.outreach.registry.DataProtection.KeyIds;

/**
 * The data keys, for administrators: which are in use here and on the other servers, and reading
 * them again for a rotation.
 */
@Stateless
@RolesAllowed("admin")
public class KeyAdministration {

  private static final Logger LOG = Logger.getLogger(KeyAdministration.class.getName());

  @Inject private DataProtection dataProtection;

  @EJB private KeyRings rings;

  @EJB private KeyRingWatch watch;

  public KeyIds keyIds() {
    return dataProtection.keyIds();
  }

  /** What every server sharing the database said of its keys (see {@link KeyRings}). */
  public List<KeyRings.ServerKeys> servers() {
    return rings.servers();
  }

  /**
   * Reads the key configuration again (see {@link DataProtection#reload()}), and asks every other
   * server sharing the database to, which each does within 30 seconds ({@link KeyRingWatch}).
   *
   * @throws org.outreach.privacy.KeyConfigurationException if it is malformed or changes the
   *     blind-index key; the keys in use stay
   */
  public KeyIds reload() {
    KeyIds ids = dataProtection.reload();
    watch.reloadedHere(rings.askReload());
    LOG.info(() -> "Data keys reloaded by an administrator, current " + ids.current());
    return ids;
  }
}
