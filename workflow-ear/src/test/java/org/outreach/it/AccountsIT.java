package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.AccountForm;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * The administrators' accounts page in a real headless Chromium: an account created in the browser
 * logs in, each broken rule is said beside its field, a disabled account is refused, and nobody but
 * an administrator reaches the page.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws Exception {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  /**
   * A form sent back without its page's script nonce is refused before its action runs: the account
   * it asks for is not made. The same form with the nonce makes it.
   */
  @Test
  void aFormWithoutItsNonceMakesNothing() throws Exception {
    URI base = URI.create(ItSettings.baseUrl());
    HttpClient http = FormLogin.session(base, TestStaff.ADMIN, TestStaff.PASSWORD);
    String username = "nonce-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Nonce-check-" + UUID.randomUUID();
    URI accounts = base.resolve("admin/accounts.xhtml");

    HttpResponse<String> refused = AccountForm.send(http, base, username, password, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Form not accepted");
    assertThat(page(http, accounts)).doesNotContain(username);

    HttpResponse<String> made = AccountForm.send(http, base, username, password, true);
    assertThat(made.statusCode()).isEqualTo(200);
    assertThat(page(http, accounts)).contains(username);
  }

  private static String page(HttpClient http, URI page) throws Exception {
    return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void anAdministratorCreatesAnAccountThatLogsInAndDisablesIt() throws Exception {
    String username = "it-new-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "first-password-" + UUID.randomUUID().toString().substring(0, 8);

    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.driver().findElement(By.id("nav-accounts")).click();
      awaitPresent(admin.driver(), By.id("accounts:table"));
      assertThat(admin.heading()).isEqualTo("Accounts");
      assertThat(usernamesListed(admin)).contains(TestStaff.CASEWORKER, TestStaff.ADMIN);
      admin.checkAccessibility("accounts");

      // a short password: said beside the password, nothing created
      fill(admin.driver(), username, "Nuevo Caseworker", "short", "short");
      assertThat(admin.textOf("#account\\:password-error"))
          .isEqualTo("The password needs at least 12 characters.");
      assertThat(usernamesListed(admin)).doesNotContain(username);
      // one of the most common passwords, whatever its case, and one holding the username
      fill(admin.driver(), username, "Nuevo Caseworker", "QWERTY123456", "QWERTY123456");
      assertThat(admin.textOf("#account\\:password-error"))
          .isEqualTo("This password is one of the most common ones: choose another.");
      String withName = "x-" + username.toUpperCase(java.util.Locale.ROOT) + "-x";
      fill(admin.driver(), username, "Nuevo Caseworker", withName, withName);
      assertThat(admin.textOf("#account\\:password-error"))
          .isEqualTo("The password may not contain the username.");
      assertThat(usernamesListed(admin)).doesNotContain(username);
      // two different passwords
      fill(admin.driver(), username, "Nuevo Caseworker", password, password + "x");
      assertThat(admin.textOf("#account\\:passwordAgain-error"))
          .isEqualTo("The two passwords are not the same.");
      // a username that is not one
      fill(admin.driver(), "Not A Username", "Nuevo Caseworker", password, password);
      assertThat(admin.textOf("#account\\:username-error")).startsWith("Use 3 to 64 characters");
      admin.checkAccessibility("accounts-errors");

      fill(admin.driver(), username, "Nuevo Caseworker", password, password);
      assertThat(admin.textOf("#messages")).contains("The account " + username + " was created.");
      assertThat(usernamesListed(admin)).contains(username);
      admin.screenshot("accounts-created");
    }

    // logged in, and still in the console when the administrator resets the password
    ConsoleUser created = new ConsoleUser();
    created.logIn(username, password);
    assertThat(created.seesConsole()).isTrue();
    assertThat(created.driver().findElements(By.id("nav-accounts"))).isEmpty();
    created.open("admin/accounts.xhtml");
    assertThat(created.textOf("#error-title")).isNotEmpty();
    assertThat(created.driver().findElements(By.id("accounts:table"))).isEmpty();
    created.open("inbox.xhtml");
    assertThat(created.seesConsole()).isTrue();

    // the administrator resets the password: a temporary one, shown once
    String temporary;
    try (created;
        ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("admin/accounts.xhtml");
      assertThat(rowOf(admin, TestStaff.ADMIN).findElements(By.cssSelector(".account-reset")))
          .isEmpty();
      clickAndWait(
          admin.driver(), rowOf(admin, username).findElement(By.cssSelector(".account-reset")));
      Matcher shown =
          Pattern.compile("temporary password ([a-z2-9]{5}(-[a-z2-9]{5}){3})\\.")
              .matcher(admin.textOf("#messages"));
      assertThat(shown.find()).as(admin.textOf("#messages")).isTrue();
      temporary = shown.group(1);

      // the session open before the reset ends at its next page
      created.open("inbox.xhtml");
      assertThat(created.seesLoginForm()).isTrue();
      assertThat(created.seesConsole()).isFalse();
    }

    // with it, nothing but choosing one's own password: every page leads there, the API refuses
    String chosen = "my-own-password-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConsoleUser reset = new ConsoleUser()) {
      reset.logIn(username, password);
      assertThat(reset.seesLoginFailedNotice()).isTrue();
      reset.logIn(username, temporary);
      awaitPresent(reset.driver(), By.id("password:change"));
      assertThat(reset.heading()).isEqualTo("Your password");
      assertThat(reset.textOf("#temporary")).startsWith("You logged in with a temporary password");
      reset.open("inbox.xhtml");
      awaitPresent(reset.driver(), By.id("password:change"));
      reset.checkAccessibility("password-temporary");
      assertThat(BasicHttp.get(username, temporary, "api/cases/" + UUID.randomUUID()).status())
          .isEqualTo(403);

      // the current one wrong: said beside it; then changed, and the console opens
      changePassword(reset.driver(), "not-the-password", chosen);
      assertThat(reset.textOf("#current-error")).isEqualTo("This is not your current password.");
      changePassword(reset.driver(), temporary, chosen);
      awaitPresent(reset.driver(), By.id("inbox:tasks"));
      reset.open("inbox.xhtml");
      assertThat(reset.driver().findElements(By.id("password:change"))).isEmpty();
    }
    ConsoleUser again = new ConsoleUser();
    again.logIn(username, chosen);
    awaitPresent(again.driver(), By.id("inbox:tasks"));

    try (again;
        ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("admin/accounts.xhtml");
      WebElement row = rowOf(admin, username);
      clickAndWait(admin.driver(), row.findElement(By.cssSelector(".account-disable")));
      assertThat(admin.textOf("#messages"))
          .contains("The account " + username + " can no longer log in.");
      assertThat(rowOf(admin, username).findElement(By.cssSelector(".account-state")).getText())
          .isEqualTo("Disabled");
      // an administrator cannot lock themself out
      clickAndWait(
          admin.driver(),
          rowOf(admin, TestStaff.ADMIN).findElement(By.cssSelector(".account-disable")));
      assertThat(admin.textOf("#messages")).contains("You cannot disable your own account.");

      // the session open when the account was disabled ends at its next page
      again.open("inbox.xhtml");
      assertThat(again.seesLoginForm()).isTrue();
      assertThat(again.seesConsole()).isFalse();
    }

    try (ConsoleUser refused = new ConsoleUser()) {
      refused.logIn(username, chosen);
      assertThat(refused.seesLoginFailedNotice()).isTrue();
      assertThat(refused.seesConsole()).isFalse();
    }
  }

  private static void changePassword(WebDriver page, String current, String chosen) {
    page.findElement(By.id("password:current")).sendKeys(current);
    page.findElement(By.id("password:chosen")).sendKeys(chosen);
    page.findElement(By.id("password:again")).sendKeys(chosen);
    clickAndWait(page, page.findElement(By.id("password:change")));
  }

  @Test
  void anAdministratorPreviewsADraftWithAFictitiousPersonAndApprovesIt() {
    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.driver().findElement(By.id("nav-notice-texts")).click();
      awaitPresent(admin.driver(), By.id("texts:versions"));
      assertThat(admin.heading()).isEqualTo("Notice texts");

      choose(admin.driver(), "texts:type", "FOLLOW_UP_REMINDER");
      choose(admin.driver(), "texts:language", "FR");
      choose(admin.driver(), "texts:status", "DRAFT");
      clickAndWait(admin.driver(), admin.driver().findElement(By.id("texts:filter")));
      List<WebElement> drafts = versionRows(admin);
      assertThat(drafts).hasSize(1);
      assertThat(drafts.get(0).findElement(By.cssSelector(".text-status")).getText())
          .isEqualTo("Draft");

      clickAndWait(admin.driver(), drafts.get(0).findElement(By.cssSelector(".text-preview")));
      WebElement preview = admin.driver().findElement(By.cssSelector("#texts\\:preview [lang]"));
      assertThat(preview.getAttribute("lang")).isEqualTo("fr");
      assertThat(admin.textOf("#preview-subject")).isNotBlank();
      assertThat(admin.textOf("#preview-body")).contains("OC-").doesNotContain("{");
      admin.checkAccessibility("notice-texts-preview");

      clickAndWait(
          admin.driver(), versionRows(admin).get(0).findElement(By.cssSelector(".text-approve")));
      assertThat(admin.textOf("#messages")).contains("The version is approved");
      assertThat(versionRows(admin)).isEmpty();

      choose(admin.driver(), "texts:status", "APPROVED");
      clickAndWait(admin.driver(), admin.driver().findElement(By.id("texts:filter")));
      assertThat(versionRows(admin))
          .singleElement()
          .extracting(row -> row.findElement(By.cssSelector(".text-status")).getText())
          .isEqualTo("Approved");
      admin.screenshot("notice-texts-approved");
    }

    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      assertThat(supervisor.driver().findElements(By.id("nav-notice-texts"))).isEmpty();
      supervisor.open("admin/notice-texts.xhtml");
      assertThat(supervisor.driver().findElements(By.id("texts:versions"))).isEmpty();
    }
  }

  private static void choose(WebDriver driver, String id, String value) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  private static List<WebElement> versionRows(ConsoleUser user) {
    return user.driver().findElements(By.cssSelector("#texts\\:versions tbody tr")).stream()
        .filter(row -> !row.findElements(By.cssSelector(".text-status")).isEmpty())
        .toList();
  }

  private static void fill(
      WebDriver driver, String username, String name, String password, String again) {
    type(driver, "account:username", username);
    type(driver, "account:displayName", name);
    // every role is offered by its name, the removal office's too
    assertThat(
            driver.findElements(By.cssSelector("input[name='account:role']")).stream()
                .map(
                    choice ->
                        driver
                            .findElement(
                                By.cssSelector("label[for='" + choice.getAttribute("id") + "']"))
                            .getText())
                .toList())
        .containsExactly("Caseworker", "Supervisor", "Administrator", "Removal office");
    driver.findElement(By.cssSelector("input[name='account:role'][value='CASEWORKER']")).click();
    WebElement team =
        driver.findElement(By.cssSelector("input[name='account:teams'][value='locate-team']"));
    if (!team.isSelected()) {
      team.click();
    }
    type(driver, "account:password", password);
    type(driver, "account:passwordAgain", again);
    clickAndWait(driver, driver.findElement(By.id("account:create")));
  }

  /** Clicks a button that sends its form and waits for the page that answers. */
  private static void clickAndWait(WebDriver driver, WebElement button) {
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Gone.is(button));
  }

  private static void type(WebDriver driver, String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /**
   * Whether the element belongs to a page that is gone: Chromium says so as a stale element, or,
   * when asked in the middle of the navigation, as a node that is not in the document.
   */
  private static void awaitPresent(WebDriver driver, By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(locator).isEmpty());
  }

  private static List<String> usernamesListed(ConsoleUser user) {
    return user
        .driver()
        .findElements(By.cssSelector("#accounts\\:table .account-username"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement rowOf(ConsoleUser user, String username) {
    return user.driver().findElements(By.cssSelector("#accounts\\:table tbody tr")).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".account-username")).stream()
                    .anyMatch(cell -> username.equals(cell.getText())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + username));
  }
}
