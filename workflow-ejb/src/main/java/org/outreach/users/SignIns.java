package org.outreach.users;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The console's sign-in door, in front of the server's own login: checks a username and password
 * against the accounts, counts the refusals and slows them down by {@link SignInPolicy}. Open to
 * anyone (it is where one signs in), so it takes nothing but what a sign-in form sends and answers
 * only with a {@link SignInCheck}: never whether an account exists.
 *
 * <p>Logged: refusals with the account's name when there is one (never an unknown username, never a
 * password), locks and unlocks; an address only as the first twelve characters of its digest.
 */
@Stateless
public class SignIns {

  private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

  /** The longest username and password looked at; anything longer is refused unread. */
  public static final int MAX_USERNAME = 64;

  public static final int MAX_PASSWORD = 1024;

  /**
   * A hash no password matches in practice, checked for an unknown username so that it takes as
   * long as a known one.
   */
  private static final String NOBODY = PasswordHashing.hash(TemporaryPasswords.next());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private LoginTries tries;

  /**
   * Checks a sign-in. A refusal is counted against the address and, if it names an account, that
   * account at that address.
   *
   * @param address the address the request came from, as the server sees it
   */
  @PermitAll
  public SignInCheck check(String username, char[] password, String address) {
    Instant now = Instant.now();
    String from = digest(address == null ? "" : address);
    boolean readable =
        username != null
            && !username.isEmpty()
            && username.length() <= MAX_USERNAME
            && password != null
            && password.length > 0
            && password.length <= MAX_PASSWORD;
    StaffAccount account = readable ? entityManager.find(StaffAccount.class, username) : null;
    if (account != null && !account.enabled()) {
      account = null;
    }
    // counted before anything is read: tries that arrive together see each other
    UUID thisTry = tries.counted(from, account == null ? null : account.username(), now);
    Optional<Instant> addressRefused = addressRefusedUntil(from, thisTry, now);
    if (addressRefused.isPresent()) {
      forgive(thisTry);
      LOG.info(() -> "Sign-in refused unread: too many failures from address " + shortly(from));
      return SignInCheck.addressRefused(addressRefused.get());
    }
    boolean right =
        PasswordHashing.matches(
                readable ? password : new char[] {'-'},
                account == null ? NOBODY : account.passwordHash())
            && account != null;
    if (!right) {
      refused(account == null ? null : account.username(), from, now);
      return SignInCheck.refused();
    }
    forgive(thisTry);
    Optional<Instant> locked = lockedUntil(account.username(), from, now);
    if (locked.isPresent()) {
      LOG.info(
          () ->
              "Sign-in of account "
                  + username
                  + " refused with the right password: locked from address "
                  + shortly(from));
      return SignInCheck.locked(locked.get());
    }
    return SignInCheck.accepted();
  }

  private void forgive(UUID thisTry) {
    entityManager
        .createQuery("DELETE FROM LoginFailure f WHERE f.id = :id")
        .setParameter("id", thisTry)
        .executeUpdate();
  }

  /**
   * Records that the server logged the account in from that address: its failures there are
   * forgiven.
   */
  @PermitAll
  public void signedIn(String username, String address) {
    String from = digest(address == null ? "" : address);
    entityManager
        .createQuery(
            "DELETE FROM LoginFailure f WHERE f.username = :username AND f.addressHash = :from")
        .setParameter("username", username)
        .setParameter("from", from)
        .executeUpdate();
  }

  /** The accounts locked now, somewhere or everywhere, with when their longest lock ends. */
  @RolesAllowed("admin")
  public Map<String, Instant> lockedAccounts() {
    Instant now = Instant.now();
    Map<String, Instant> locked = new TreeMap<>();
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT f.username, f.addressHash, COUNT(f), MAX(f.failedAt) FROM LoginFailure f"
                    + " WHERE f.username IS NOT NULL AND f.failedAt > :since"
                    + " GROUP BY f.username, f.addressHash",
                Object[].class)
            .setParameter("since", at(now.minus(SignInPolicy.REMEMBERED)))
            .getResultList()) {
      SignInPolicy.lockedAtAddressUntil((Long) row[2], instant(row[3]), now)
          .ifPresent(until -> locked.merge((String) row[0], until, SignIns::later));
    }
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT f.username, COUNT(f), MIN(f.failedAt) FROM LoginFailure f"
                    + " WHERE f.username IS NOT NULL AND f.failedAt > :since GROUP BY f.username",
                Object[].class)
            .setParameter("since", at(now.minus(SignInPolicy.ACCOUNT_WINDOW)))
            .getResultList()) {
      SignInPolicy.lockedEverywhereUntil((Long) row[1], instant(row[2]), now)
          .ifPresent(until -> locked.merge((String) row[0], until, SignIns::later));
    }
    return locked;
  }

  /**
   * Forgives every failure of an account, wherever it came from: it is no longer locked.
   *
   * @throws InvalidAccountException for an unknown account
   */
  @RolesAllowed("admin")
  public void unlock(String username) {
    String administrator = session.getCallerPrincipal().getName();
    if (username == null || entityManager.find(StaffAccount.class, username) == null) {
      throw new InvalidAccountException("username.unknown", "username: no such account");
    }
    int forgiven =
        entityManager
            .createQuery("DELETE FROM LoginFailure f WHERE f.username = :username")
            .setParameter("username", username)
            .executeUpdate();
    LOG.info(
        () ->
            "Account "
                + username
                + " unlocked by "
                + administrator
                + " ("
                + forgiven
                + " failures forgiven)");
  }

  /** Forgets the failures that no longer count. */
  @Schedule(minute = "17", hour = "*", persistent = false)
  @PermitAll
  void forgetOld() {
    entityManager
        .createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :before")
        .setParameter("before", at(Instant.now().minus(SignInPolicy.REMEMBERED)))
        .executeUpdate();
  }

  private void refused(String username, String from, Instant now) {
    if (username == null) {
      LOG.info(() -> "Sign-in refused: no such account, from address " + shortly(from));
      return;
    }
    LOG.info(() -> "Sign-in refused: wrong password for account " + username);
    lockedUntil(username, from, now)
        .ifPresent(
            until ->
                LOG.warning(
                    () ->
                        "Account "
                            + username
                            + " locked until "
                            + until
                            + " for address "
                            + shortly(from)
                            + " or everywhere, after repeated failures"));
  }

  /** Until when the address is refused, by the failures counted before this try. */
  private Optional<Instant> addressRefusedUntil(String from, UUID thisTry, Instant now) {
    Object[] window =
        entityManager
            .createQuery(
                "SELECT COUNT(f), MIN(f.failedAt) FROM LoginFailure f"
                    + " WHERE f.addressHash = :from AND f.failedAt > :since AND f.id <> :thisTry",
                Object[].class)
            .setParameter("from", from)
            .setParameter("thisTry", thisTry)
            .setParameter("since", at(now.minus(SignInPolicy.ADDRESS_WINDOW)))
            .getSingleResult();
    return SignInPolicy.addressRefusedUntil((Long) window[0], instant(window[1]), now);
  }

  private Optional<Instant> lockedUntil(String username, String from, Instant now) {
    Object[] here =
        entityManager
            .createQuery(
                "SELECT COUNT(f), MAX(f.failedAt) FROM LoginFailure f"
                    + " WHERE f.username = :username AND f.addressHash = :from"
                    + " AND f.failedAt > :since",
                Object[].class)
            .setParameter("username", username)
            .setParameter("from", from)
            .setParameter("since", at(now.minus(SignInPolicy.REMEMBERED)))
            .getSingleResult();
    Object[] everywhere =
        entityManager
            .createQuery(
                "SELECT COUNT(f), MIN(f.failedAt) FROM LoginFailure f"
                    + " WHERE f.username = :username AND f.failedAt > :since",
                Object[].class)
            .setParameter("username", username)
            .setParameter("since", at(now.minus(SignInPolicy.ACCOUNT_WINDOW)))
            .getSingleResult();
    return SignInPolicy.later(
        SignInPolicy.lockedAtAddressUntil((Long) here[0], instant(here[1]), now),
        SignInPolicy.lockedEverywhereUntil((Long) everywhere[0], instant(everywhere[1]), now));
  }

  private static Instant later(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    return value == null ? null : ((OffsetDateTime) value).toInstant();
  }

  private static String digest(String address) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(address.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String shortly(String digest) {
    return digest.substring(0, 12);
  }
}
