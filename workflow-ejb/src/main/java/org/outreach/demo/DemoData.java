package org.outreach.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.outreach.users.DemoAccounts;

/**
 * Demo logins exist only on the embedded database and only while the server listens on loopback.
 * Started any other way, the server disables every demo account it finds, so a demo database that
 * is later exposed does not bring its well-known passwords along.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "TemplateSeeding"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  /**
   * How many fictitious people a demo server imports into an empty registry; 0 (the default) for
   * none. {@code ./mvnw package -Prun} sets it.
   */
  static final String DEMO_PEOPLE_PROPERTY = "outreach.demo.people";

  /**
   * Whether a demo server approves the seeded notice texts as its administrator, so it sends
   * something; {@code ./mvnw package -Prun} sets it. Tests leave it unset and approve through the
   * review door themselves.
   */
  static final String DEMO_APPROVES_TEXTS_PROPERTY = "outreach.demo.approve-notice-texts";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @EJB private DemoAccounts demoAccounts;
  @EJB private DemoPeople demoPeople;
  @EJB private DemoTexts demoTexts;

  @PostConstruct
  void seedOrRetire() {
    String bindAddress = System.getProperty("jboss.bind.address", "127.0.0.1");
    if (DemoPolicy.demoLoginsAllowed(jdbcUrl(), bindAddress)) {
      Set<String> created = demoAccounts.ensurePresent();
      LOG.info(
          () ->
              "Console: http://localhost:"
                  + httpPort()
                  + "/outreach/ - demo logins (password "
                  + DemoAccounts.PASSWORD
                  + "): "
                  + demoAccounts.describe()
                  + (created.isEmpty() ? "" : "; created now: " + String.join(", ", created)));
      if (Boolean.getBoolean(DEMO_APPROVES_TEXTS_PROPERTY)) {
        demoTexts.approveSeeded();
      }
      demoPeople.seedIfEmpty(Integer.getInteger(DEMO_PEOPLE_PROPERTY, 0));
    } else {
      int disabled = demoAccounts.disableAll();
      if (disabled > 0) {
        LOG.warning(() -> "Disabled " + disabled + " demo accounts: this server is not local");
      }
    }
  }

  private String jdbcUrl() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      return null;
    }
  }

  private static int httpPort() {
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return Integer.getInteger("jboss.http.port", 8080) + offset;
  }
}
