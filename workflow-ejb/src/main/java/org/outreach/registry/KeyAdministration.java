package org.outreach.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.outreach.registry.DataProtection.KeyIds;

/** The data keys, for administrators: which are in use, and reading them again for a rotation. */
@Stateless
@RolesAllowed("admin")
public class KeyAdministration {

  private static final Logger LOG = Logger.getLogger(KeyAdministration.class.getName());

  @Inject private DataProtection dataProtection;

  public KeyIds keyIds() {
    return dataProtection.keyIds();
  }

  /**
   * Reads the key configuration again (see {@link DataProtection#reload()}).
   *
   * @throws org.outreach.privacy.KeyConfigurationException if it is malformed or changes the
   *     blind-index key; the keys in use stay
   */
  public KeyIds reload() {
    KeyIds ids = dataProtection.reload();
    LOG.info(() -> "Data keys reloaded by an administrator, current " + ids.current());
    return ids;
  }
}
