package org.outreach.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.Browser;

/**
 * The session part of the failover drill ({@code cluster/failover}): an administrator signs in
 * through the balancer in headless Chromium, fills half of the form for a new account, the server
 * that holds the session is killed ({@code kill -9}), and she fills the rest and sends it. The
 * drill passes when the form's answer comes from another server, she is still signed in, and the
 * account it made is listed. Screenshots of both moments go to the drill's directory.
 *
 * <p>Arguments: the balancer's console address, the administrator's name, a file holding her
 * password, the directory of the cluster's nodes ({@code target/cluster}).
 */
public final class SessionFailover {

  private SessionFailover() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: SessionFailover CONSOLE-URL ADMIN PASSWORD-FILE CLUSTER-DIR");
      System.exit(2);
    }
    String console = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String admin = args[1];
    String password = Files.readString(Path.of(args[2])).strip();
    Path cluster = Path.of(args[3]);
    Path shots = Files.createDirectories(cluster.resolve("failover"));
    List<String> failures = new ArrayList<>();
    ChromeDriver driver = Browser.start();
    try {
      driver.get(console + "login.xhtml");
      driver.findElement(By.id("username")).sendKeys(admin);
      driver.findElement(By.id("password")).sendKeys(password);
      driver.findElement(By.id("login-submit")).click();
      waitFor(driver, By.id("current-user"));

      driver.get(console + "admin/accounts.xhtml");
      String username = "failover-" + Long.toString(System.currentTimeMillis(), 36);
      type(driver, "account:username", username);
      type(driver, "account:displayName", "Failover drill");
      driver.findElement(By.cssSelector("input[name='account:role'][value='CASEWORKER']")).click();
      WebElement team =
          driver.findElement(By.cssSelector("input[name='account:teams'][value='locate-team']"));
      if (!team.isSelected()) {
        team.click();
      }
      screenshot(driver, shots.resolve("1-half-filled.png"));

      String before = node(driver).orElseThrow(() -> new IllegalStateException("no session"));
      long pid = Long.parseLong(Files.readString(cluster.resolve(before).resolve("pid")).strip());
      // a person takes seconds between loading a page and sending it
      Thread.sleep(3_000);
      ProcessHandle server =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException(before + " not running"));
      Instant killed = Instant.now();
      server.destroyForcibly();
      server.onExit().get();
      System.out.println("killed " + before + " (pid " + pid + ") holding the session");

      String secret = "Failover-drill-" + Long.toString(System.nanoTime(), 36) + "!";
      type(driver, "account:password", secret);
      type(driver, "account:passwordAgain", secret);
      WebElement create = driver.findElement(By.id("account:create"));
      create.click();
      new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> gone(create));
      Duration answered = Duration.between(killed, Instant.now());
      screenshot(driver, shots.resolve("2-sent-after-the-kill.png"));

      String after = node(driver).orElse("none");
      check(failures, "the answer came from another server", !after.equals(before), after);
      check(
          failures,
          "still signed in",
          !driver.findElements(By.id("current-user")).isEmpty(),
          driver.getTitle());
      check(
          failures,
          "the account made is listed",
          driver.findElements(By.cssSelector("#accounts\\:table .account-username")).stream()
              .anyMatch(cell -> username.equals(cell.getText())),
          username);
      System.out.printf(
          "the form was answered %.1f s after the kill; screenshots in %s%n",
          answered.toMillis() / 1000.0, shots);
    } finally {
      driver.quit();
    }
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  /** The node whose name ends the session cookie. */
  private static Optional<String> node(ChromeDriver driver) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    if (session == null || session.getValue().lastIndexOf('.') < 0) {
      return Optional.empty();
    }
    return Optional.of(session.getValue().substring(session.getValue().lastIndexOf('.') + 1));
  }

  private static void check(List<String> failures, String what, boolean passed, String seen) {
    System.out.println((passed ? "ok   " : "FAIL ") + what + ": " + seen);
    if (!passed) {
      failures.add(what);
    }
  }

  private static void waitFor(ChromeDriver driver, By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> !d.findElements(locator).isEmpty());
  }

  private static boolean gone(WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException
        | org.openqa.selenium.NoSuchElementException e) {
      return true;
    }
  }

  private static void type(ChromeDriver driver, String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private static void screenshot(ChromeDriver driver, Path file) throws IOException {
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }
}
