package org.outreach.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Creates and retires staff accounts. */
@RolesAllowed("admin")
@Stateless
public class UserAdministration {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public void create(NewStaffAccount account) {
    create(account, false);
  }

  /** Demo accounts are marked so that they can be retired when the server stops being local. */
  public void createDemo(NewStaffAccount account) {
    create(account, true);
  }

  private void create(NewStaffAccount account, boolean demo) {
    try {
      AccountRules.validate(account);
      if (entityManager.find(StaffAccount.class, account.username()) != null) {
        throw new InvalidAccountException("username: an account with this username already exists");
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
