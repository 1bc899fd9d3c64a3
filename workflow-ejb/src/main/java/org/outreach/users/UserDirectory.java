package org.outreach.users;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks up who a logged-in user is and which teams (engine candidate groups) they work in. */
@RolesAllowed({"caseworker", "supervisor", "admin"})
@Stateless
public class UserDirectory {

  /** The languages the console is written in. */
  public static final List<String> CONSOLE_LANGUAGES = List.of("en", "es");

  @Resource private SessionContext session;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public Optional<StaffMember> find(String username) {
    return Optional.ofNullable(entityManager.find(StaffAccount.class, username))
        .filter(StaffAccount::enabled)
        .map(
            a ->
                new StaffMember(
                    a.username(), a.displayName(), a.roles(), a.teams(), a.consoleLanguage()));
  }

  /** The enabled staff members of a team, by display name. */
  public List<StaffMember> membersOf(String team) {
    return entityManager
        .createQuery(
            "SELECT a FROM StaffAccount a JOIN a.teams t"
                + " WHERE t = :team AND a.enabled = true ORDER BY a.displayName",
            StaffAccount.class)
        .setParameter("team", team)
        .getResultList()
        .stream()
        .map(
            a ->
                new StaffMember(
                    a.username(), a.displayName(), a.roles(), a.teams(), a.consoleLanguage()))
        .toList();
  }

  /** The name the console shows for a staff member, enabled or not. */
  public Optional<String> displayNameOf(String username) {
    return Optional.ofNullable(username)
        .map(name -> entityManager.find(StaffAccount.class, name))
        .map(StaffAccount::displayName);
  }

  /**
   * Keeps the caller's choice of console language: one of {@link #CONSOLE_LANGUAGES}, or {@code
   * null} to follow the browser.
   *
   * @throws IllegalArgumentException for a language the console does not offer
   */
  public void chooseConsoleLanguage(String language) {
    if (language != null && !CONSOLE_LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language: not one the console offers");
    }
    StaffAccount account =
        entityManager.find(StaffAccount.class, session.getCallerPrincipal().getName());
    if (account == null) {
      throw new EJBAccessException("Only staff choose a console language");
    }
    account.chooseConsoleLanguage(language);
  }

  /**
   * Whether the caller holds a temporary password an administrator set, to change before anything
   * else.
   */
  public boolean mustChangePassword() {
    StaffAccount account =
        entityManager.find(StaffAccount.class, session.getCallerPrincipal().getName());
    return account != null && account.mustChangePassword();
  }

  /**
   * The caller's account's session generation (raised when an administrator resets its password or
   * disables it), or {@code -1} when the caller has no account here: a session that started under
   * another value than the current one must end.
   */
  public long sessionGeneration() {
    StaffAccount account =
        entityManager.find(StaffAccount.class, session.getCallerPrincipal().getName());
    return account == null || !account.enabled() ? -1 : account.sessionGeneration();
  }

  /**
   * The caller chooses their own password: the current one must match, the new one follow the rules
   * and differ from it.
   *
   * @throws InvalidAccountException naming the rule: {@code password.current} when the current one
   *     does not match, {@code password.same}, or the new password's rule
   */
  public void changeOwnPassword(char[] current, char[] chosen) {
    try {
      StaffAccount account =
          entityManager.find(StaffAccount.class, session.getCallerPrincipal().getName());
      if (account == null) {
        throw new EJBAccessException("Only staff change a password");
      }
      if (current == null || !PasswordHashing.matches(current, account.passwordHash())) {
        throw new InvalidAccountException(
            "password.current", "current password: not the account's");
      }
      AccountRules.validatePassword(chosen, account.username());
      if (java.util.Arrays.equals(current, chosen)) {
        throw new InvalidAccountException(
            "password.same", "password: must differ from the current one");
      }
      account.changePassword(PasswordHashing.hash(chosen));
    } finally {
      if (current != null) {
        java.util.Arrays.fill(current, '\0');
      }
      if (chosen != null) {
        java.util.Arrays.fill(chosen, '\0');
      }
    }
  }

  /**
   * True when the password is the account's. For administrative checks; login goes through the
   * realm.
   */
  @RolesAllowed("admin")
  public boolean passwordMatches(String username, char[] password) {
    StaffAccount account = entityManager.find(StaffAccount.class, username);
    return account != null && PasswordHashing.matches(password, account.passwordHash());
  }

  /**
   * The stored hash's scheme and cost, e.g. {@code $2a$12$}, for checks that it is not weakened.
   */
  @RolesAllowed("admin")
  public Optional<String> passwordScheme(String username) {
    return Optional.ofNullable(entityManager.find(StaffAccount.class, username))
        .map(a -> a.passwordHash().substring(0, 7));
  }
}
