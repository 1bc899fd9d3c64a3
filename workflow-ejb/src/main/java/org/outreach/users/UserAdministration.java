package org.outreach.users;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Creates, lists, disables and enables staff accounts. Changes are logged with the administrator's
 * username and the account's (staff usernames are not personal data of the people served).
 */
@RolesAllowed("admin")
@Stateless
public class UserAdministration {

  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;

  /** One account as the administrators' page lists it: never its password hash. */
  public record AccountView(
      String username,
      String displayName,
      List<String> roles,
      List<String> teams,
      boolean enabled,
      boolean demo,
      OffsetDateTime createdAt)
      implements Serializable {

    // Jakarta Expression Language 5 reads properties through getters only

    public String getUsername() {
      return username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public List<String> getRoles() {
      return roles;
    }

    public List<String> getTeams() {
      return teams;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public boolean isDemo() {
      return demo;
    }

    public OffsetDateTime getCreatedAt() {
      return createdAt;
    }
  }

  /** Every account, by username. */
  public List<AccountView> accounts() {
    return entityManager
        .createQuery("SELECT a FROM StaffAccount a", StaffAccount.class)
        .getResultStream()
        .sorted(Comparator.comparing(StaffAccount::username))
        .map(
            a ->
                new AccountView(
                    a.username(),
                    a.displayName(),
                    List.copyOf(new TreeSet<>(a.roles())),
                    List.copyOf(new TreeSet<>(a.teams())),
                    a.enabled(),
                    a.demo(),
                    a.createdAt()))
        .toList();
  }

  /**
   * Lets an account log in again, or no more. An administrator cannot disable their own account, so
   * the last one cannot lock everybody out.
   *
   * @throws InvalidAccountException naming the rule: an unknown account, or one's own
   */
  public void setEnabled(String username, boolean enabled) {
    StaffAccount account =
        username == null ? null : entityManager.find(StaffAccount.class, username);
    if (account == null) {
      throw new InvalidAccountException("username.unknown", "username: no such account");
    }
    String administrator = session.getCallerPrincipal().getName();
    if (!enabled && account.username().equals(administrator)) {
      throw new InvalidAccountException(
          "username.self", "username: an administrator cannot disable their own account");
    }
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    LOG.info(
        () ->
            "Account "
                + account.username()
                + (enabled ? " enabled" : " disabled")
                + " by "
                + administrator);
  }

  public void create(NewStaffAccount account) {
    create(account, false);
  }

  /**
   * Gives the account a new, random temporary password, returned once for the administrator to pass
   * on in person; its holder must choose their own at the next login. An administrator resets their
   * own password by changing it, not here.
   *
   * @throws InvalidAccountException naming the rule: an unknown account, or one's own
   */
  public char[] resetPassword(String username) {
    StaffAccount account =
        username == null ? null : entityManager.find(StaffAccount.class, username);
    if (account == null) {
      throw new InvalidAccountException("username.unknown", "username: no such account");
    }
    String administrator = session.getCallerPrincipal().getName();
    if (account.username().equals(administrator)) {
      throw new InvalidAccountException(
          "username.selfReset", "username: change your own password instead of resetting it");
    }
    char[] temporary = TemporaryPasswords.next();
    account.resetPassword(PasswordHashing.hash(temporary));
    LOG.info(() -> "Password of account " + account.username() + " reset by " + administrator);
    return temporary;
  }

  /** Demo accounts are marked so that they can be retired when the server stops being local. */
  public void createDemo(NewStaffAccount account) {
    create(account, true);
  }

  private void create(NewStaffAccount account, boolean demo) {
    try {
      AccountRules.validate(account);
      if (entityManager.find(StaffAccount.class, account.username()) != null) {
        throw new InvalidAccountException(
            "username.taken", "username: an account with this username already exists");
      }
      entityManager.persist(
          new StaffAccount(
              account.username(),
              account.displayName().strip(),
              PasswordHashing.hash(account.password()),
              account.roles(),
              account.teams(),
              demo,
              OffsetDateTime.now(ZoneOffset.UTC)));
      if (!demo) {
        LOG.info(
            () ->
                "Account "
                    + account.username()
                    + " created by "
                    + session.getCallerPrincipal().getName());
      }
    } finally {
      if (account.password() != null) {
        Arrays.fill(account.password(), '\0');
      }
    }
  }

  public boolean exists(String username) {
    return entityManager.find(StaffAccount.class, username) != null;
  }

  /** Disables every demo account; returns how many were still enabled. */
  public int disableDemoAccounts() {
    int disabled = 0;
    for (StaffAccount account :
        entityManager
            .createQuery("SELECT a FROM StaffAccount a WHERE a.demo = TRUE", StaffAccount.class)
            .getResultList()) {
      if (account.enabled()) {
        account.disable();
        disabled++;
      }
    }
    return disabled;
  }
}
