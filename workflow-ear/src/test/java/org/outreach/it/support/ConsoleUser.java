package org.outreach.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person at one browser, using the console the way its pages offer. */
public final class ConsoleUser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver = Browser.start();
  private final String baseUrl = ItSettings.baseUrl();

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public boolean seesLoginForm() {
    return !driver.findElements(By.id("login")).isEmpty()
        && !driver.findElements(By.name("j_password")).isEmpty();
  }

  public boolean seesConsole() {
    return !driver.findElements(By.id("current-user")).isEmpty();
  }

  public void logIn(String username, String password) {
    open("login.xhtml");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
    waitUntil(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("current-user")),
            ExpectedConditions.presenceOfElementLocated(By.id("login-failed"))));
  }

  public void logOut() {
    driver.findElement(By.id("session:logout")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
  }

  public boolean seesLoggedOutNotice() {
    return !driver.findElements(By.id("logged-out")).isEmpty();
  }

  public boolean seesLoginFailedNotice() {
    return !driver.findElements(By.id("login-failed")).isEmpty();
  }

  /** Opens a demo case on the start page and returns its reference. */
  public String startDemoCase() {
    open("cases/start.xhtml");
    driver.findElement(By.id("start:open")).click();
    return waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("opened-reference")))
        .getText();
  }

  public boolean seesStartCaseButton() {
    return !driver.findElements(By.id("start:open")).isEmpty();
  }

  /** Reloads the inbox until the case's task is listed (the job executor creates it). */
  public void awaitTaskOf(String caseReference) {
    Eventually.await(
        "the task of case " + caseReference + " in the inbox",
        () -> {
          open("inbox.xhtml");
          return taskRow(caseReference).isPresent();
        });
  }

  public List<String> inboxCaseReferences() {
    open("inbox.xhtml");
    return driver.findElements(By.cssSelector("#inbox\\:tasks .task-case")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public void claim(String caseReference) {
    press(caseReference, ".task-claim", ".task-complete");
  }

  public void unclaim(String caseReference) {
    press(caseReference, ".task-unclaim", ".task-claim");
  }

  /** Presses a button in the case's row and waits until the row offers the next one. */
  private void press(String caseReference, String button, String nextButton) {
    row(caseReference).findElement(By.cssSelector(button)).click();
    waitUntil(
        d ->
            taskRow(caseReference)
                .map(r -> !r.findElements(By.cssSelector(nextButton)).isEmpty())
                .orElse(false));
  }

  public void complete(String caseReference) {
    row(caseReference).findElement(By.cssSelector(".task-complete")).click();
    waitUntil(d -> taskRow(caseReference).isEmpty());
  }

  /** Completes the case's task with the outcome button labelled {@code label}. */
  public void completeWith(String caseReference, String label) {
    row(caseReference).findElements(By.cssSelector(".task-outcome")).stream()
        .filter(button -> label.equals(button.getText()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No outcome button " + label + " for " + caseReference))
        .click();
    waitUntil(d -> taskRow(caseReference).isEmpty());
  }

  /** The labels of the outcome buttons of the case's task. */
  public List<String> outcomesShownFor(String caseReference) {
    return row(caseReference).findElements(By.cssSelector(".task-outcome")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String assigneeShownFor(String caseReference) {
    return row(caseReference).findElement(By.cssSelector(".task-assignee")).getText();
  }

  private WebElement row(String caseReference) {
    return taskRow(caseReference)
        .orElseThrow(() -> new AssertionError("No task row for case " + caseReference));
  }

  private Optional<WebElement> taskRow(String caseReference) {
    return driver.findElements(By.cssSelector("#inbox\\:tasks tbody tr")).stream()
        .filter(
            r ->
                r.findElements(By.cssSelector(".task-case")).stream()
                    .anyMatch(c -> caseReference.equals(c.getText())))
        .findFirst();
  }

  private <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Keeps what the browser shows in target/screenshots, for people reviewing a run. */
  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
