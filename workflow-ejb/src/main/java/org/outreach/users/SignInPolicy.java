package org.outreach.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many refused sign-ins slow down whom, and for how long. Three limits, each counted from the
 * failures kept in {@code login_failure}:
 *
 * <ul>
 *   <li><b>An address</b> that failed {@value #ADDRESS_LIMIT} times in {@link #ADDRESS_WINDOW}
 *       (whatever usernames it tried, known or not) is refused without its password being looked at
 *       until the oldest of those failures is that old: about one guess every 45 seconds from one
 *       machine, however many accounts it tries.
 *   <li><b>An account at one address</b>: after {@value #ACCOUNT_AT_ADDRESS_LIMIT} failures there
 *       in a row, the account is locked for whoever signs in from that address, one minute after
 *       the fifth failure, doubling with each further one up to {@link #LONGEST_LOCK}. A success
 *       there, an administrator's unlock, or a day without failures forgives them. A stranger who
 *       guesses at a caseworker's account therefore locks it only at the stranger's own address:
 *       the caseworker, signing in from elsewhere, is not locked out at all.
 *   <li><b>An account everywhere</b>: {@value #ACCOUNT_LIMIT} failures in {@link #ACCOUNT_WINDOW}
 *       from all addresses together lock it for everybody until the oldest of them is that old; a
 *       guess spread over many addresses is slowed too. Only such an attack can lock a caseworker
 *       out, for {@link #ACCOUNT_WINDOW} after it stops, and an administrator can unlock at once.
 * </ul>
 *
 * A lock is told to the person only once they have given the right password; until then a locked
 * account answers like a wrong password, and a wrong password like an unknown user.
 */
final class SignInPolicy {

  static final int ADDRESS_LIMIT = 20;
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
  static final int ACCOUNT_AT_ADDRESS_LIMIT = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final int ACCOUNT_LIMIT = 30;
  static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);

  /** How long a failure counts at all. */
  static final Duration REMEMBERED = Duration.ofDays(1);

  private SignInPolicy() {}

  /**
   * Until when an address is refused.
   *
   * @param failures its failures in the last {@link #ADDRESS_WINDOW}
   * @param oldest the oldest of them
   */
  static Optional<Instant> addressRefusedUntil(long failures, Instant oldest, Instant now) {
    return windowFull(failures, ADDRESS_LIMIT, oldest, ADDRESS_WINDOW, now);
  }

  /**
   * Until when an account is locked at one address.
   *
   * @param failures its failures there not forgiven, in the last {@link #REMEMBERED}
   * @param last the latest of them
   */
  static Optional<Instant> lockedAtAddressUntil(long failures, Instant last, Instant now) {
    if (failures < ACCOUNT_AT_ADDRESS_LIMIT || last == null) {
      return Optional.empty();
    }
    long doublings = Math.min(failures - ACCOUNT_AT_ADDRESS_LIMIT, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    if (lock.compareTo(LONGEST_LOCK) > 0) {
      lock = LONGEST_LOCK;
    }
    Instant until = last.plus(lock);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /**
   * Until when an account is locked everywhere.
   *
   * @param failures its failures from all addresses in the last {@link #ACCOUNT_WINDOW}
   * @param oldest the oldest of them
   */
  static Optional<Instant> lockedEverywhereUntil(long failures, Instant oldest, Instant now) {
    return windowFull(failures, ACCOUNT_LIMIT, oldest, ACCOUNT_WINDOW, now);
  }

  private static Optional<Instant> windowFull(
      long failures, int limit, Instant oldest, Duration window, Instant now) {
    if (failures < limit || oldest == null) {
      return Optional.empty();
    }
    Instant until = oldest.plus(window);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /** The later of two ends of a lock, if any. */
  static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
    if (one.isEmpty()) {
      return other;
    }
    if (other.isEmpty()) {
      return one;
    }
    return Optional.of(one.get().isAfter(other.get()) ? one.get() : other.get());
  }
}
