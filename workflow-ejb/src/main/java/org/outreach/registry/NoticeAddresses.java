package org.outreach.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The one address a notice goes to, for automated dispatch; runs on job-executor threads, hence
 * {@link PermitAll}.
 *
 * <p>Placeholder until the registry stores contact points and attorneys: nobody has an address yet,
 * so every answer is empty and nothing is decrypted or audited. The registry's own class (same
 * signatures, decrypting one field and auditing with purpose NOTICE_DELIVERY) replaces it.
 */
@Stateless
@PermitAll
public class NoticeAddresses {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> safeEmail(UUID personId) {
    return noneStoredYet(personId);
  }

  /**
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> safePostalAddress(UUID personId) {
    return noneStoredYet(personId);
  }

  /**
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> attorneyEmail(UUID personId) {
    return noneStoredYet(personId);
  }

  private Optional<String> noneStoredYet(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    if (entityManager.find(AffectedPerson.class, personId) == null) {
      throw new UnknownPersonException(personId);
    }
    return Optional.empty();
  }
}
