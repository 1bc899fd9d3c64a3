package org.outreach.users;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.outreach.campaign.SettingValues;
import org.outreach.migration.StartLock;

/**
 * The first way in on a server without accounts (any server on PostgreSQL): when no enabled
 * administrator exists and {@value #USERNAME} names one, creates that administrator at start with
 * the password in the environment variable {@value #PASSWORD_VARIABLE}. The password is read from
 * the environment only (a system property shows in every process listing) and never logged. Once an
 * administrator exists, the settings are ignored; the administrator creates everyone else in the
 * console and should then remove the variable.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@RunAs("admin")
public class AccountBootstrap {

  /** The username of the first administrator. */
  static final String USERNAME = "outreach.bootstrap.admin";

  /** The environment variable holding the first administrator's password. */
  static final String PASSWORD_VARIABLE = "OUTREACH_BOOTSTRAP_ADMIN_PASSWORD";

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @EJB private UserAdministration administration;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createFirstAdministrator() {
    String username =
        System.getProperty(USERNAME, System.getenv(SettingValues.environmentName(USERNAME)));
    if (username == null || username.isBlank()) {
      return;
    }
    // a server started beside the first counts after the first has made the account
    StartLock.untilCommit(dataSource);
    if (enabledAdministrators() > 0) {
      LOG.info(
          () ->
              USERNAME
                  + " is set, but an enabled administrator exists: no account created; remove the"
                  + " setting");
      return;
    }
    String password = System.getenv(PASSWORD_VARIABLE);
    if (password == null || password.isEmpty()) {
      LOG.warning(
          () -> USERNAME + " is set, but " + PASSWORD_VARIABLE + " is not: no account created");
      return;
    }
    try {
      administration.create(
          new NewStaffAccount(
              username.strip(),
              "Administrator",
              password.toCharArray(),
              Set.of(Role.ADMIN),
              Set.of()));
      LOG.info(() -> "First administrator " + username.strip() + " created from " + USERNAME);
    } catch (InvalidAccountException e) {
      LOG.warning(() -> "First administrator not created: " + e.getMessage());
    }
  }

  private long enabledAdministrators() {
    return entityManager
        .createQuery(
            "SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r"
                + " WHERE r = :admin AND a.enabled = TRUE",
            Long.class)
        .setParameter("admin", Role.ADMIN.roleName())
        .getSingleResult();
  }
}
