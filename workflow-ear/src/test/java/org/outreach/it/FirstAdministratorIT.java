package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;

/**
 * The first administrator of a fresh PostgreSQL server (which has no demo account), made at start
 * from {@code outreach.bootstrap.admin} and the password in {@code
 * OUTREACH_BOOTSTRAP_ADMIN_PASSWORD}, logs in to the console and reaches the accounts page, where
 * they would create everyone else. Runs in the PostgreSQL build, which sets the two (see the {@code
 * postgresql} profile); the H2 build has the demo administrator and does not set them.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @Test
  void theFirstAdministratorOfAFreshServerLogsInAndReachesTheAccounts() throws IOException {
    String username = System.getProperty("outreach.it.first-admin");
    assumeTrue(
        username != null, "the first-administrator settings are set in the PostgreSQL build");
    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(username, System.getProperty("outreach.it.first-admin.password"));
      assertThat(admin.seesConsole()).isTrue();
      admin.driver().findElement(By.id("nav-accounts")).click();
      Eventually.await(
          "the accounts page",
          () -> admin.driver().findElements(By.id("accounts:table")).isEmpty() ? null : true);
      assertThat(
              admin.driver().findElements(By.cssSelector(".account-username")).stream()
                  .map(org.openqa.selenium.WebElement::getText))
          .contains(username);
    }
    // and no demo account with its published password exists on PostgreSQL
    for (String demo : List.of("ada", "sam", "carmen")) {
      assertThat(BasicHttp.get(demo, "outreach-demo", "api/statistics").status())
          .as("the demo account %s on PostgreSQL", demo)
          .isEqualTo(401);
    }
  }
}
