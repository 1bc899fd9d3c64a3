package org.outreach.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Sign-ins refused for a wrong password or an unknown account, counted for monitoring (an alert on
 * password guessing across addresses, which the per-address throttle of {@link SignInPolicy} does
 * not see): a count, never an address or an account.
 */
@Stateless
@RolesAllowed("supervisor")
public class SignInFailures {

  /** The span counted. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** How many sign-ins were refused so in the last {@link #WINDOW}. */
  public long lately() {
    return entityManager
        .createQuery("SELECT COUNT(f) FROM LoginFailure f WHERE f.failedAt >= :since", Long.class)
        .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minus(WINDOW))
        .getSingleResult();
  }
}
