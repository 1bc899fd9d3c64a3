package org.outreach.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;
import org.outreach.privacy.KeyRingSource;

/**
 * Loads the data keys once, when the application starts, and hands out the cipher and the blind
 * index built on them. Without keys the deployment fails, with a message naming the setting to
 * supply (never a key).
 */
@ApplicationScoped
public class DataProtection {

  private static final Logger LOG = Logger.getLogger(DataProtection.class.getName());

  private FieldCipher fieldCipher;
  private BlindIndex blindIndex;

  /** Loading at start makes a missing or malformed key configuration fail the deployment. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    keys();
  }

  private synchronized void keys() {
    if (fieldCipher == null) {
      KeyRing ring = KeyRingSource.system().load();
      fieldCipher = new FieldCipher(ring);
      blindIndex = new BlindIndex(ring);
      LOG.info(
          () ->
              "Data keys loaded: "
                  + ring.keyIds().size()
                  + " data key(s), current "
                  + ring.current().id());
    }
  }

  @Produces
  FieldCipher fieldCipher() {
    keys();
    return fieldCipher;
  }

  @Produces
  BlindIndex blindIndex() {
    keys();
    return blindIndex;
  }
}
