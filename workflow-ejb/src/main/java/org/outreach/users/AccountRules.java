package org.outreach.users;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules an account must meet. Messages name the field and the rule, never the value given. */
final class AccountRules {

  static final int MIN_PASSWORD_LENGTH = 12;

  /** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
  private static final Pattern TEAM = Pattern.compile("[a-z][a-z0-9-]{1,63}");

  private AccountRules() {}

  /**
   * A password long enough to resist guessing, and short enough for bcrypt to read it whole; not
   * one of the most common passwords ({@link CommonPasswords}) and not holding the account's
   * username.
   *
   * @param username the account's username; {@code null} when not known yet
   */
  static void validatePassword(char[] password, String username) {
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidAccountException(
          "password.short", "password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_PASSWORD_BYTES) {
      throw new InvalidAccountException(
          "password.long", "password: at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
    }
    if (CommonPasswords.isCommon(password)) {
      throw new InvalidAccountException("password.common", "password: one of the most common");
    }
    if (username != null && !username.isBlank() && holds(password, username)) {
      throw new InvalidAccountException("password.username", "password: holds the username");
    }
  }

  /** Whether {@code password} holds {@code text}, ignoring case; no string of the password made. */
  private static boolean holds(char[] password, String text) {
    int length = text.length();
    for (int start = 0; start + length <= password.length; start++) {
      boolean same = true;
      for (int i = 0; i < length && same; i++) {
        same = Character.toLowerCase(password[start + i]) == Character.toLowerCase(text.charAt(i));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  static void validate(NewStaffAccount account) {
    if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
      throw new InvalidAccountException(
          "username.format",
          "username: 3 to 64 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    if (account.displayName() == null
        || account.displayName().isBlank()
        || account.displayName().length() > 200) {
      throw new InvalidAccountException(
          "displayName.required", "displayName: required, at most 200 characters");
    }
    validatePassword(account.password(), account.username());
    Set<Role> roles = account.roles();
    if (roles == null || roles.isEmpty()) {
      throw new InvalidAccountException("roles.required", "roles: at least one role");
    }
    if (account.teams() == null
        || account.teams().stream()
            .anyMatch(team -> team == null || !TEAM.matcher(team).matches())) {
      throw new InvalidAccountException(
          "teams.format",
          "teams: lower-case letters, digits and '-', 2 to 64 characters, starting with a letter");
    }
  }
}
