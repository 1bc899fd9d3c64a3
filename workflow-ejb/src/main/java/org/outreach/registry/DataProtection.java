package org.outreach.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import java.util.logging.Logger;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyConfigurationException;
import org.outreach.privacy.KeyRing;
import org.outreach.privacy.KeyRingSource;

/**
 * Loads the data keys when the application starts, and hands out the cipher and the blind index
 * built on them. Without keys the deployment fails, with a message naming the setting to supply
 * (never a key). {@link #reload()} reads the keys again, so a key added for a rotation is used at
 * once by every cipher handed out, without a restart.
 */
@ApplicationScoped
public class DataProtection {

  private static final Logger LOG = Logger.getLogger(DataProtection.class.getName());

  private volatile KeyRing ring;

  /** Loading at start makes a missing or malformed key configuration fail the deployment. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ring();
  }

  private KeyRing ring() {
    KeyRing current = ring;
    if (current == null) {
      synchronized (this) {
        if (ring == null) {
          ring = KeyRingSource.system().load();
          log("Data keys loaded", ring);
        }
        current = ring;
      }
    }
    return current;
  }

  /**
   * Reads the key configuration again and uses it from now on.
   *
   * @return the ids of the data keys now in the ring, the current one first
   * @throws KeyConfigurationException if the configuration is malformed, or its blind-index key
   *     differs from the one in use (every stored index was computed with that one); the ring in
   *     use stays
   */
  public synchronized KeyIds reload() {
    KeyRing loaded = KeyRingSource.system().load();
    if (!loaded.sameIndexKey(ring())) {
      throw new KeyConfigurationException(
          "index: the blind-index key cannot change while the server runs (see key rotation)");
    }
    ring = loaded;
    log("Data keys reloaded", loaded);
    return keyIds();
  }

  /** The ids of the data keys in use; the current one is {@link KeyIds#current()}. */
  public KeyIds keyIds() {
    KeyRing current = ring();
    return new KeyIds(current.current().id(), Set.copyOf(current.keyIds()));
  }

  /** Key ids only: never key material. */
  public record KeyIds(String current, Set<String> all) {}

  private static void log(String what, KeyRing loaded) {
    LOG.info(
        () ->
            what
                + ": "
                + loaded.keyIds().size()
                + " data key(s), current "
                + loaded.current().id());
  }

  @Produces
  FieldCipher fieldCipher() {
    ring();
    return new FieldCipher(this::ring);
  }

  @Produces
  BlindIndex blindIndex() {
    ring();
    return new BlindIndex(this::ring);
  }
}
