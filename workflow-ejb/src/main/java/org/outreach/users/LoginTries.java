package org.outreach.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Counts a sign-in try as failed before its password is read, in a transaction of its own that
 * commits at once, so that tries arriving together from one address see each other and no burst
 * gets past the limit; {@link SignIns} forgives the try when it is refused unread or its password
 * is right. Used by {@link SignIns} alone.
 */
@Stateless
@PermitAll
public class LoginTries {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Records the try as a failure and returns its id.
   *
   * @param addressHash the digest of the address it came from
   * @param username the account it names, or {@code null} if it names none
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public UUID counted(String addressHash, String username, Instant at) {
    LoginFailure failure = new LoginFailure(addressHash, username, at.atOffset(ZoneOffset.UTC));
    entityManager.persist(failure);
    return failure.id();
  }
}
