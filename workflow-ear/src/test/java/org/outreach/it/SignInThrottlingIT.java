package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * The console's sign-in door against the running server: a wrong password and an unknown username
 * get the same answer; five wrong passwords lock the account at this address, which is told only to
 * someone who then gives the right password, until an administrator unlocks it; an address that
 * failed twenty times is not heard for a while; the server's own {@code j_security_check} is
 * closed; a sign-in begins a new session and leads only to a page of the console; the server's log
 * names the account, never a password or an unknown username.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

  private static final Pattern LOCATION =
      Pattern.compile("/outreach/login\\.xhtml\\?(failed|locked|slowed)=([0-9]+|true)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws Exception {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    assertThat(Fixtures.post("login-failures").statusCode()).isEqualTo(204);
  }

  /** Every test here comes from the loopback address, like every other test after it. */
  @AfterEach
  void forgetTheFailures() throws Exception {
    assertThat(Fixtures.post("login-failures").statusCode()).isEqualTo(204);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountHereToldOnlyWithTheRightOneUntilAnAdministratorUnlocks()
      throws Exception {
    Path serverLog =
        Path.of(System.getProperty("outreach.it.server"), "standalone", "log", "server.log");
    long logBefore = Files.size(serverLog);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String unknown = "it-nobody-" + marker;
    String wrong = "wrong-password-" + marker;

    // a wrong password and an unknown username: the same answer, word for word
    HttpResponse<Void> unknownUser = signIn(browserless(), unknown, wrong);
    HttpResponse<Void> wrongPassword = signIn(browserless(), TestStaff.LOCKABLE, wrong);
    assertThat(location(unknownUser)).isEqualTo(location(wrongPassword));
    assertThat(answer(wrongPassword)).isEqualTo("failed=true");
    for (int failure = 2; failure <= 4; failure++) {
      assertThat(answer(signIn(browserless(), TestStaff.LOCKABLE, wrong + failure)))
          .isEqualTo("failed=true");
    }
    Instant fifth = Instant.now();
    assertThat(answer(signIn(browserless(), TestStaff.LOCKABLE, wrong + 5)))
        .as("the fifth failure is answered like the others")
        .isEqualTo("failed=true");
    assertThat(Fixtures.get("login-failures").body())
        .as("failures kept, of which one names no account")
        .isEqualTo("6 1");

    // locked: a wrong password is still only "failed"; the right one is told the lock and its end
    assertThat(answer(signIn(browserless(), TestStaff.LOCKABLE, wrong + 6)))
        .isEqualTo("failed=true");
    HttpClient lockedOut = browserless();
    HttpResponse<Void> right = signIn(lockedOut, TestStaff.LOCKABLE, TestStaff.PASSWORD);
    Matcher locked = LOCATION.matcher(location(right));
    assertThat(locked.find()).as(location(right)).isTrue();
    assertThat(locked.group(1)).isEqualTo("locked");
    Instant until = Instant.ofEpochSecond(Long.parseLong(locked.group(2)));
    // six failures at this address: two minutes after the last one
    assertThat(until).isBetween(fifth.plusSeconds(100), Instant.now().plusSeconds(121));
    assertThat(page(lockedOut, "inbox.xhtml").statusCode())
        .as("not logged in: the inbox shows the login form")
        .isEqualTo(200);
    assertThat(page(lockedOut, "inbox.xhtml").body()).contains("id=\"login\"");

    try (ConsoleUser lena = new ConsoleUser()) {
      lena.logIn(TestStaff.LOCKABLE, TestStaff.PASSWORD);
      assertThat(lena.seesConsole()).isFalse();
      assertThat(lena.textOf("#login-locked"))
          .startsWith("Your password is right, but this account is locked")
          .contains("ask an administrator to unlock it");
      lena.checkAccessibility("login-locked");
    }

    // the administrator sees the lock and lifts it
    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("admin/accounts.xhtml");
      WebElement row = rowOf(admin, TestStaff.LOCKABLE);
      assertThat(row.findElement(By.cssSelector(".account-locked")).getText())
          .startsWith("Locked after failed logins until");
      assertThat(rowOf(admin, TestStaff.CASEWORKER).findElements(By.cssSelector(".account-unlock")))
          .isEmpty();
      admin.screenshot("accounts-locked");
      WebElement unlock = row.findElement(By.cssSelector(".account-unlock"));
      unlock.click();
      new WebDriverWait(admin.driver(), Duration.ofSeconds(30)).until(d -> Gone.is(unlock));
      assertThat(admin.textOf("#messages"))
          .contains("The account " + TestStaff.LOCKABLE + " is unlocked");
      assertThat(rowOf(admin, TestStaff.LOCKABLE).findElements(By.cssSelector(".account-locked")))
          .isEmpty();
      admin.screenshot("accounts-unlocked");
    }
    try (ConsoleUser lena = new ConsoleUser()) {
      lena.logIn(TestStaff.LOCKABLE, TestStaff.PASSWORD);
      assertThat(lena.seesConsole()).isTrue();
    }
    assertThat(Fixtures.get("login-failures").body())
        .as("the account's failures forgiven, the unknown one's kept")
        .isEqualTo("1 1");

    // the log names the account and its lock; never a password, never the unknown username
    String logged = Files.readString(serverLog).substring((int) logBefore);
    assertThat(logged)
        .contains("Sign-in refused: wrong password for account " + TestStaff.LOCKABLE)
        .contains("Sign-in refused: no such account")
        .contains("Account " + TestStaff.LOCKABLE + " locked until")
        .contains("Account " + TestStaff.LOCKABLE + " unlocked by " + TestStaff.ADMIN)
        .doesNotContain(marker)
        .doesNotContain(TestStaff.PASSWORD);
  }

  @Test
  void anAddressThatFailedTwentyTimesInFifteenMinutesIsNotHeardForAWhile() throws Exception {
    for (int failure = 1; failure <= 20; failure++) {
      assertThat(
              answer(
                  signIn(
                      browserless(),
                      "it-guess-" + failure + "-" + UUID.randomUUID().toString().substring(0, 4),
                      "guess-" + failure)))
          .isEqualTo("failed=true");
    }
    HttpClient slowed = browserless();
    HttpResponse<Void> right = signIn(slowed, TestStaff.CASEWORKER, TestStaff.PASSWORD);
    Matcher answer = LOCATION.matcher(location(right));
    assertThat(answer.find()).as(location(right)).isTrue();
    assertThat(answer.group(1)).isEqualTo("slowed");
    assertThat(Instant.ofEpochSecond(Long.parseLong(answer.group(2))))
        .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 1));
    assertThat(page(slowed, "inbox.xhtml").body()).contains("id=\"login\"");
    try (ConsoleUser carmen = new ConsoleUser()) {
      carmen.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      assertThat(carmen.seesConsole()).isFalse();
      assertThat(carmen.textOf("#login-slowed"))
          .startsWith("Too many failed logins came from this network address. Try again after");
      carmen.screenshot("login-slowed");
    }
  }

  /**
   * Failures that arrive together from one address are counted before any password is read, so a
   * burst gets no more tries than the limit however many requests it sends at once.
   */
  @Test
  void aBurstOfFailuresFromOneAddressGetsNoMoreTriesThanTheLimit() throws Exception {
    ExecutorService burst = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int failure = 1; failure <= 64; failure++) {
        String username =
            "it-burst-" + failure + "-" + UUID.randomUUID().toString().substring(0, 4);
        answers.add(burst.submit(() -> answer(signIn(browserless(), username, "guess"))));
      }
      List<String> told = new ArrayList<>();
      for (Future<String> answer : answers) {
        told.add(answer.get(2, TimeUnit.MINUTES));
      }
      assertThat(told.stream().filter(answer -> answer.equals("failed=true")).count())
          .as("tries whose password was read")
          .isBetween(1L, 20L);
      assertThat(told)
          .as("the others, refused unread")
          .allMatch(answer -> answer.equals("failed=true") || answer.startsWith("slowed="));
    } finally {
      burst.shutdownNow();
    }
  }

  @Test
  void theServersOwnFormLoginIsClosed() throws Exception {
    HttpClient http = browserless();
    page(http, "inbox.xhtml");
    HttpResponse<String> direct =
        http.send(
            HttpRequest.newBuilder(base().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username="
                            + TestStaff.CASEWORKER
                            + "&j_password="
                            + URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(direct.statusCode()).isEqualTo(404);
    assertThat(page(http, "inbox.xhtml").body()).contains("id=\"login\"");
  }

  @Test
  void aSignInBeginsANewSessionAndLeadsOnlyToAPageOfTheConsole() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http = browserless(cookies);
    page(http, "inbox.xhtml");
    String before = sessionId(cookies);
    assertThat(before).isNotNull();

    HttpResponse<Void> in =
        signIn(http, TestStaff.CASEWORKER, TestStaff.PASSWORD, "/outreach/inbox.xhtml?heldBy=x");
    assertThat(in.statusCode()).isEqualTo(302);
    assertThat(location(in)).endsWith("/outreach/inbox.xhtml?heldBy=x");
    assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    assertThat(page(http, "inbox.xhtml").body()).contains("id=\"current-user\"");

    for (String elsewhere :
        new String[] {"https://elsewhere.test/outreach/inbox.xhtml", "//elsewhere.test/x"}) {
      HttpResponse<Void> away =
          signIn(browserless(), TestStaff.CASEWORKER, TestStaff.PASSWORD, elsewhere);
      assertThat(location(away)).as(elsewhere).endsWith("/outreach/home.xhtml");
    }

    // in the browser: the page asked for before logging in is the one shown after
    try (ConsoleUser sam = new ConsoleUser()) {
      // not the dashboard: a supervisor's first page is the dashboard anyway
      sam.open("statistics.xhtml");
      assertThat(sam.seesLoginForm()).isTrue();
      sam.driver().findElement(By.id("username")).sendKeys(TestStaff.SUPERVISOR);
      sam.driver().findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
      sam.driver().findElement(By.id("login-submit")).click();
      new WebDriverWait(sam.driver(), Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.id("current-user")).isEmpty());
      assertThat(sam.driver().getCurrentUrl()).contains("/outreach/statistics.xhtml");
    }
  }

  private static URI base() {
    return URI.create(ItSettings.baseUrl());
  }

  private static HttpClient browserless() {
    return browserless(new CookieManager());
  }

  private static HttpClient browserless(CookieManager cookies) {
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static HttpResponse<Void> signIn(HttpClient http, String username, String password)
      throws IOException, InterruptedException {
    return signIn(http, username, password, null);
  }

  private static HttpResponse<Void> signIn(
      HttpClient http, String username, String password, String target)
      throws IOException, InterruptedException {
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + (target == null
                ? ""
                : "&target=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(base().resolve("sign-in"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static HttpResponse<String> page(HttpClient http, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response;
  }

  private static String location(HttpResponse<?> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    return response.headers().firstValue("Location").orElse("");
  }

  /** What the login page is told: {@code failed=true}, {@code locked=<when>}... */
  private static String answer(HttpResponse<?> response) {
    String location = location(response);
    return location.substring(location.indexOf('?') + 1);
  }

  private static String sessionId(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
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
