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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person at one browser, using the console the way its pages offer. */
public final class ConsoleUser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String language;
  private final String baseUrl = ItSettings.baseUrl();

  public ConsoleUser() {
    this("en");
  }

  /** Someone whose browser asks for {@code language} first. */
  public ConsoleUser(String language) {
    this.language = language;
    driver = Browser.take(language);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Opens the dashboard until its figures were counted at or after {@code since} (the server shows
   * the same counted figures to every supervisor for a few seconds).
   */
  public void openDashboardCountedSince(java.time.Instant since) {
    Eventually.await(
        "the dashboard's figures counted since " + since,
        () -> {
          open("dashboard.xhtml");
          List<WebElement> counted = driver.findElements(By.id("counted-at"));
          if (counted.isEmpty()) {
            return null;
          }
          return java.time.Instant.parse(counted.get(0).getAttribute("data-counted"))
                  .isBefore(since)
              ? sleptThen(null)
              : true;
        });
  }

  private static <T> T sleptThen(T value) {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return value;
  }

  public boolean seesLoginForm() {
    return !driver.findElements(By.id("login")).isEmpty()
        && !driver.findElements(By.name("password")).isEmpty();
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
            ExpectedConditions.presenceOfElementLocated(By.id("login-failed")),
            ExpectedConditions.presenceOfElementLocated(By.id("login-locked")),
            ExpectedConditions.presenceOfElementLocated(By.id("login-slowed"))));
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

  /**
   * Reloads the inbox narrowed to the case until the case's task is listed (the job executor
   * creates it); the inbox stays narrowed to it.
   */
  public void awaitTaskOf(String caseReference) {
    Eventually.await(
        "the task of case " + caseReference + " in the inbox", () -> seesTaskOf(caseReference));
  }

  /** Opens the inbox narrowed to the case: whether a task of the case is listed. */
  public boolean seesTaskOf(String caseReference) {
    open("inbox.xhtml?case=" + caseReference);
    return taskRow(caseReference).isPresent();
  }

  /** Opens the task page of the case's task from the inbox; returns the task page's address. */
  public String openTaskOf(String caseReference) {
    row(caseReference).findElement(By.cssSelector("a.task-case")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("task-about")));
    return driver.getCurrentUrl();
  }

  /** The text of the first element matching the CSS selector, or empty if there is none. */
  public String textOf(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).stream()
        .findFirst()
        .map(WebElement::getText)
        .orElse("");
  }

  /** Whether the server answered with its page for something that does not exist. */
  public boolean seesNotFound() {
    return driver.findElements(By.id("error-title")).stream()
        .anyMatch(title -> "Page not found".equals(title.getText()));
  }

  /** On a task page: claims the task and waits until it is held. */
  public void claimOnTaskPage() {
    driver.findElement(By.id("work:claim")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("work:unclaim")));
  }

  /**
   * On a locate task's page: records an attempt with the channel and result given by their values
   * ({@code PHONE}, {@code NO_ANSWER}), the time as a {@code datetime-local} value, and the note;
   * waits until the form is shown again.
   */
  public void recordAttempt(String channel, String when, String result, String note) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("work:locate-channel")))
        .selectByValue(channel);
    WebElement time = driver.findElement(By.id("work:locate-when"));
    driver.executeScript("arguments[0].value = arguments[1];", time, when);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("work:locate-result")))
        .selectByValue(result);
    WebElement text = driver.findElement(By.id("work:locate-note"));
    text.clear();
    text.sendKeys(note);
    WebElement button = driver.findElement(By.id("work:locate-record"));
    button.click();
    waitUntil(Gone.of(button));
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("work:locate-record")));
  }

  /**
   * On a locate task's page: adds a contact point of the kind given by its value ({@code PHONE}) to
   * the person's record; waits until the form is shown again.
   */
  public void addContactPoint(String kind, String value, String source, boolean safe) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("work:contact-kind")))
        .selectByValue(kind);
    WebElement valueField = driver.findElement(By.id("work:contact-value"));
    valueField.clear();
    valueField.sendKeys(value);
    WebElement sourceField = driver.findElement(By.id("work:contact-source"));
    sourceField.clear();
    sourceField.sendKeys(source);
    WebElement safeBox = driver.findElement(By.id("work:contact-safe"));
    if (safeBox.isSelected() != safe) {
      safeBox.click();
    }
    WebElement button = driver.findElement(By.id("work:contact-add"));
    button.click();
    waitUntil(Gone.of(button));
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("work:contact-add")));
  }

  /** On a locate task's page: the latest attempt time the form allows (the server's now). */
  public String latestAttemptTime() {
    return driver.findElement(By.id("work:locate-when")).getAttribute("max");
  }

  /** On a locate task's page: the rows of the attempts table, each cell's text. */
  public List<List<String>> attemptRows() {
    return driver.findElements(By.cssSelector(".locate-attempts tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }

  /**
   * On a locate task's page: concludes found through the contact point whose label contains {@code
   * contact}; back to the inbox.
   */
  public void concludeFound(String contact) {
    driver.findElements(By.cssSelector(".locate-contacts label")).stream()
        .filter(label -> label.getText().contains(contact))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No contact point " + contact))
        .click();
    driver.findElement(By.id("work:locate-found")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
  }

  /** On a locate task's page: presses "not found" and waits for the next page. */
  public void concludeNotFound() {
    WebElement button = driver.findElement(By.id("work:locate-not-found"));
    button.click();
    waitUntil(Gone.of(button));
  }

  /**
   * On a review of the diligent effort: chooses the decision by its value ({@code UNREACHABLE}), or
   * none when {@code null}, types the reason and sends the form; waits for the next page.
   */
  public void decideReview(String decision, String reason) {
    if (decision != null) {
      driver
          .findElement(
              By.cssSelector(".review-decisions input[type='radio'][value='" + decision + "']"))
          .click();
    }
    WebElement text = driver.findElement(By.id("work:review-reason"));
    text.clear();
    text.sendKeys(reason);
    WebElement button = driver.findElement(By.id("work:review-record"));
    button.click();
    waitUntil(Gone.of(button));
  }

  /** Scrolls the first element matching the CSS selector to the middle of the window. */
  public void scrollTo(String cssSelector) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'});",
        driver.findElement(By.cssSelector(cssSelector)));
  }

  /** Whether the inbox is shown. */
  public boolean seesInbox() {
    return !driver.findElements(By.id("inbox:tasks")).isEmpty();
  }

  /** Opens an address of the console as it is (a task page link). */
  public void openUrl(String url) {
    driver.get(url);
  }

  public void claim(String caseReference) {
    press(caseReference, ".task-claim", ".task-unclaim");
  }

  public void unclaim(String caseReference) {
    press(caseReference, ".task-unclaim", ".task-claim");
  }

  /**
   * Presses Claim in the case's row as someone else holds it already; returns the page's warning.
   */
  public String claimTakenBySomeoneElse(String caseReference) {
    row(caseReference).findElement(By.cssSelector(".task-claim")).click();
    return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-warn")))
        .getText();
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

  public <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(condition);
  }

  /** Picks the console's language in the header; the page shows again in it. */
  public void chooseLanguage(String language) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("language:choice")))
        .selectByValue(language);
    driver.findElement(By.id("language:apply")).click();
    waitUntil(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  /** The language the page says it is in. */
  public String pageLanguage() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** The page's first heading. */
  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** On a task page: opens the task's case in the case view. */
  public void openCaseFromTaskPage() {
    driver.findElement(By.id("work:open-case")).click();
    try {
      waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case-heading")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("case-view-not-shown");
      throw e;
    }
  }

  /**
   * On a hand delivery's task page, claimed: records the notice delivered now with its receipt
   * signed and {@code receipt} uploaded, and waits for the inbox the completed task returns to.
   */
  public void recordSignedReceipt(java.nio.file.Path receipt) {
    driver
        .findElement(By.cssSelector("input[name='work:delivery-outcome'][value='RECEIPT_SIGNED']"))
        .click();
    String now = driver.findElement(By.id("work:delivery-when")).getAttribute("max");
    Inputs.setInput(driver, "work:delivery-when", now);
    driver
        .findElement(By.id("work:delivery-receipt"))
        .sendKeys(receipt.toAbsolutePath().toString());
    driver.findElement(By.id("work:delivery-record")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
  }

  /**
   * Searches a case through the navigation's "Find a case" with the purpose given by its value
   * ({@code CASEWORK}); waits for the case, or for the search with its message.
   */
  public void findCase(String typed, String purpose) {
    driver.findElement(By.id("nav-find-case")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("find:search")));
    WebElement field = driver.findElement(By.id("find:search"));
    field.clear();
    field.sendKeys(typed);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find:purpose")))
        .selectByValue(purpose);
    WebElement button = driver.findElement(By.id("find:go"));
    button.click();
    waitUntil(Gone.of(button));
    waitUntil(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("case-heading")),
            ExpectedConditions.presenceOfElementLocated(By.id("find:search"))));
  }

  /**
   * On the case view: records a reply that came by the channel given by its value ({@code PHONE}),
   * at a {@code datetime-local} time; waits until the page is shown again.
   */
  public void recordReply(String channel, String when, boolean acknowledges, String note) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("reply:reply-channel")))
        .selectByValue(channel);
    WebElement time = driver.findElement(By.id("reply:reply-when"));
    driver.executeScript("arguments[0].value = arguments[1];", time, when);
    WebElement box = driver.findElement(By.id("reply:reply-acknowledges"));
    if (box.isSelected() != acknowledges) {
      box.click();
    }
    WebElement text = driver.findElement(By.id("reply:reply-note"));
    text.clear();
    text.sendKeys(note);
    WebElement button = driver.findElement(By.id("reply:reply-record"));
    button.click();
    waitUntil(Gone.of(button));
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reply:reply-record")));
  }

  /** On the case view: the latest reply time the form allows (the server's now). */
  public String latestReplyTime() {
    return driver.findElement(By.id("reply:reply-when")).getAttribute("max");
  }

  /**
   * On the case view: waits until the viewer has drawn every diagram, and answers the titles of the
   * processes drawn.
   */
  public List<String> diagramsDrawn() {
    waitUntil(
        d ->
            d.findElements(By.cssSelector(".bpmn-diagram")).stream()
                .allMatch(diagram -> "true".equals(diagram.getAttribute("data-drawn"))));
    return driver.findElements(By.cssSelector(".case-diagram-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** On the case view, once drawn: the ids of the steps marked as current. */
  public List<String> markedSteps() {
    return driver.findElements(By.cssSelector(".djs-element.active-step")).stream()
        .map(element -> element.getAttribute("data-element-id"))
        .toList();
  }

  /** On the case view: each timeline entry's text, newest first. */
  public List<String> timelineEntries() {
    return driver.findElements(By.cssSelector(".timeline-table tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * Runs axe-core on the page as shown and fails on any serious or critical violation; keeps a
   * screenshot under {@code name} for reviewers either way.
   */
  public void checkAccessibility(String name) {
    screenshot(name);
    Accessibility.assertNoSeriousViolations(driver, name);
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

  /** Done: the browser is cleared of this person and kept for the next. */
  @Override
  public void close() {
    Browser.giveBack(language, driver);
  }
}
