package org.outreach.notice.letters;

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
import org.outreach.cases.CaseRecords;
import org.outreach.privacy.FieldCipher;
import org.outreach.registry.DataProtection;

/**
 * A data-key rotation's pass over the printed letters: every letter's PDF sealed under another key
 * than the current one is sealed anew under it, one letter per transaction (a PDF holds the
 * person's name and address), each with one {@code RE_ENCRYPT_LETTER} event on the letter's case.
 * The key is read from the sealed bytes themselves (the table keeps no key id), so every letter is
 * looked at, a page of ids at a time; running it again after a failure carries on.
 */
@Stateless
@RolesAllowed("admin")
public class LetterReEncryption {

  private static final Logger LOG = Logger.getLogger(LetterReEncryption.class.getName());

  static final int PAGE_SIZE = 100;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private DataProtection dataProtection;
  @Inject private CaseRecords cases;
  @Resource private SessionContext session;

  /** What one run did: how many letters there are, and how many it sealed anew. */
  public record Report(String currentKey, long letters, int lettersReEncrypted) {}

  /** Seals anew every letter not under the current key, one transaction per letter. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    LetterReEncryption self = session.getBusinessObject(LetterReEncryption.class);
    String currentKey = dataProtection.keyIds().current();
    int reEncrypted = 0;
    long letters = 0;
    UUID after = null;
    while (true) {
      List<UUID> ids = self.page(after);
      if (ids.isEmpty()) {
        break;
      }
      for (UUID id : ids) {
        if (self.reEncrypt(id)) {
          reEncrypted++;
        }
      }
      letters += ids.size();
      after = ids.get(ids.size() - 1);
    }
    Report report = new Report(currentKey, letters, reEncrypted);
    LOG.info(() -> "Letter re-encryption finished: " + report);
    return report;
  }

  /** Up to {@link #PAGE_SIZE} ids of printed letters, after {@code after}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> page(UUID after) {
    return (after == null
            ? entityManager.createQuery(
                "SELECT d.letterId FROM LetterDocument d ORDER BY d.letterId", UUID.class)
            : entityManager
                .createQuery(
                    "SELECT d.letterId FROM LetterDocument d WHERE d.letterId > :after"
                        + " ORDER BY d.letterId",
                    UUID.class)
                .setParameter("after", after))
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /**
   * Seals one letter anew under the current key, audited.
   *
   * @return whether it was under another key
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean reEncrypt(UUID letterId) {
    LetterDocument document = entityManager.find(LetterDocument.class, letterId);
    if (document == null || !cipher.fileNeedsReEncryption(document.content())) {
      return false;
    }
    document.reseal(cipher.reEncryptFile(document.content(), PrintSteps.aad(letterId)));
    Letter letter = entityManager.find(Letter.class, letterId);
    if (letter != null) {
      entityManager.persist(
          AuditEvent.onCaseRecord(
              session.getCallerPrincipal().getName(),
              cases.personOf(letter.caseId()).orElse(null),
              letter.caseId(),
              AuditAction.RE_ENCRYPT_LETTER,
              AccessPurpose.KEY_ROTATION,
              null));
    }
    return true;
  }
}
