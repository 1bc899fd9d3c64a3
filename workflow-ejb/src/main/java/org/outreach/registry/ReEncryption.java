package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;

/**
 * The second half of a data-key rotation: re-seals every encrypted value of every person (and their
 * contact points) that is not under the current key. Walks the registry in id order, {@link
 * #CHUNK_SIZE} people per transaction, so a failure loses one chunk's work at most and the job can
 * simply be run again: values already under the current key are left alone. Each person whose
 * values were re-sealed gets one audit event (purpose {@link AccessPurpose#KEY_ROTATION}); nothing
 * decrypted leaves the transaction.
 *
 * <p>Before running it, add the new key to the key configuration, make it {@code current} and
 * reload the keys ({@link DataProtection#reload()} or a restart). Once it reports zero values left,
 * the old key can be removed from the configuration.
 */
@Stateless
@RolesAllowed("admin")
public class ReEncryption {

  private static final Logger LOG = Logger.getLogger(ReEncryption.class.getName());

  public static final int CHUNK_SIZE = 200;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private BlindIndex blindIndex;
  @Inject private DataProtection dataProtection;
  @Resource private SessionContext session;

  private PersonSealing sealing;

  /** What one run did. */
  public record Report(
      String currentKey, int people, int peopleReEncrypted, int values, int chunks) {}

  /** What one chunk did; {@code lastId} is where the next chunk starts. */
  public record Chunk(UUID lastId, int people, int peopleReEncrypted, int values) {}

  @PostConstruct
  void init() {
    sealing = new PersonSealing(cipher, blindIndex);
  }

  /** Runs the job over the whole registry, one transaction per chunk. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    ReEncryption self = session.getBusinessObject(ReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    LOG.info(() -> "Re-encryption under data key " + currentKey + " started");
    UUID after = null;
    int people = 0;
    int reEncrypted = 0;
    int values = 0;
    int chunks = 0;
    while (true) {
      Chunk chunk = self.reEncryptChunk(after, CHUNK_SIZE);
      if (chunk.people() == 0) {
        break;
      }
      chunks++;
      people += chunk.people();
      reEncrypted += chunk.peopleReEncrypted();
      values += chunk.values();
      after = chunk.lastId();
    }
    Report report = new Report(currentKey, people, reEncrypted, values, chunks);
    LOG.info(() -> "Re-encryption finished: " + report);
    return report;
  }

  /** Re-seals up to {@code size} people after {@code after} (from the start if {@code null}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Chunk reEncryptChunk(UUID after, int size) {
    List<UUID> ids =
        (after == null
                ? entityManager.createNamedQuery("AffectedPerson.firstIds", UUID.class)
                : entityManager
                    .createNamedQuery("AffectedPerson.idsAfter", UUID.class)
                    .setParameter("after", after))
            .setMaxResults(size)
            .getResultList();
    if (ids.isEmpty()) {
      return new Chunk(after, 0, 0, 0);
    }
    List<AffectedPerson> people =
        entityManager
            .createNamedQuery("AffectedPerson.findWithContacts", AffectedPerson.class)
            .setParameter("ids", ids)
            .getResultList();
    String actor = session.getCallerPrincipal().getName();
    int reEncrypted = 0;
    int values = 0;
    for (AffectedPerson person : people) {
      int count = sealing.reEncrypt(person);
      if (count > 0) {
        reEncrypted++;
        values += count;
        entityManager.persist(
            AuditEvent.onPerson(
                actor, person.id(), AuditAction.RE_ENCRYPT_PERSON, AccessPurpose.KEY_ROTATION));
      }
    }
    return new Chunk(ids.get(ids.size() - 1), ids.size(), reEncrypted, values);
  }
}
