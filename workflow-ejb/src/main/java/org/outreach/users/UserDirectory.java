package org.outreach.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/** Looks up who a logged-in user is and which teams (engine candidate groups) they work in. */
@RolesAllowed({"caseworker", "supervisor", "admin"})
@Stateless
public class UserDirectory {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public Optional<StaffMember> find(String username) {
    return Optional.ofNullable(entityManager.find(StaffAccount.class, username))
        .filter(StaffAccount::enabled)
        .map(
            a ->
                new StaffMember(
                    a.username(), a.displayName(), Set.copyOf(a.roles()), Set.copyOf(a.teams())));
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
