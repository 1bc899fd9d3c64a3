package org.outreach.users;

import java.time.Instant;
import java.util.Objects;

/**
 * What the sign-in door answers.
 *
 * @param verdict whether the server may log the person in, and if not, what they may be told
 * @param until when a lock or an address's refusal ends; {@code null} otherwise
 */
public record SignInCheck(Verdict verdict, Instant until) {

  public enum Verdict {
    /** The right password, nothing locked: the server may log them in. */
    ACCEPTED,
    /** A wrong password or an unknown username, told alike. */
    REFUSED,
    /** The right password for an account locked for now: only then is a lock told. */
    LOCKED,
    /** Too many failures from the address: refused without reading the password. */
    ADDRESS_REFUSED
  }

  public SignInCheck {
    Objects.requireNonNull(verdict, "verdict");
  }

  static SignInCheck accepted() {
    return new SignInCheck(Verdict.ACCEPTED, null);
  }

  static SignInCheck refused() {
    return new SignInCheck(Verdict.REFUSED, null);
  }

  static SignInCheck locked(Instant until) {
    return new SignInCheck(Verdict.LOCKED, Objects.requireNonNull(until, "until"));
  }

  static SignInCheck addressRefused(Instant until) {
    return new SignInCheck(Verdict.ADDRESS_REFUSED, Objects.requireNonNull(until, "until"));
  }
}
