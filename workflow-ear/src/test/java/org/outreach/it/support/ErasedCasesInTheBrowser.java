package org.outreach.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervisor's look at the erased cases page after the retention job erased a case closed in 2020
 * (on the engine's clock in 2023), then at that case's page; screenshots of both.
 */
public final class ErasedCasesInTheBrowser {

  private ErasedCasesInTheBrowser() {}

  public static void check(String username, String password) {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(username, password);
      supervisor.open("erasures.xhtml");
      assertThat(supervisor.textOf("#erased-rule")).contains("P3Y").contains("the person's record");
      WebElement erased =
          supervisor.driver().findElements(By.cssSelector("tr.erased-row")).stream()
              .filter(
                  row ->
                      row.findElement(By.cssSelector(".erased-closed")).getText().contains("2020"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no case closed in 2020 on the page"));
      assertThat(erased.findElement(By.cssSelector(".erased-population")).getText())
          .isEqualTo("Detained");
      assertThat(erased.findElement(By.cssSelector(".erased-outcome")).getText())
          .isEqualTo("Released");
      assertThat(erased.findElement(By.cssSelector(".erased-at")).getText()).contains("2023");
      assertThat(
              Integer.parseInt(erased.findElement(By.cssSelector(".erased-documents")).getText()))
          .isGreaterThanOrEqualTo(2);
      assertThat(erased.findElement(By.cssSelector(".erased-kinds")).getText())
          .contains("person's record 1", "custody reviews 1", "court filings 1");
      supervisor.screenshot("erased-cases");

      String erasedReference = erased.findElement(By.cssSelector("a.erased-case")).getText();
      erased.findElement(By.cssSelector("a.erased-case")).click();
      supervisor.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("record-erased")));
      assertThat(supervisor.textOf("#record-erased")).contains("erased on").contains("2023");
      assertThat(supervisor.driver().findElements(By.id("retention"))).isEmpty();
      supervisor.screenshot("case-record-erased");

      keepACasePastTheRetentionPeriod(supervisor, username, erasedReference);
    }
  }

  /**
   * On the page of a case not erased, the supervisor keeps it past the retention period (told to
   * choose a reason first), finds it on the erased cases page, and lifts the hold.
   */
  private static void keepACasePastTheRetentionPeriod(
      ConsoleUser supervisor, String username, String erasedReference) {
    supervisor.open("cases/list.xhtml");
    String reference =
        supervisor.driver().findElements(By.cssSelector("a.listed-reference")).stream()
            .map(WebElement::getText)
            .filter(listed -> !listed.equals(erasedReference))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no case on the list but the erased one"));
    supervisor.open("cases/case.xhtml?case=" + reference);
    assertThat(supervisor.textOf("#retention-explained")).contains("P3Y");

    supervisor.driver().findElement(By.id("retention:retention-place")).click();
    supervisor.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("retention-reason-error"), "Choose why the case is kept."));

    new Select(supervisor.driver().findElement(By.id("retention:retention-reason")))
        .selectByVisibleText("a court matter is pending");
    supervisor.driver().findElement(By.id("retention:retention-place")).click();
    supervisor.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("retention-held")));
    assertThat(supervisor.textOf("#retention-held"))
        .contains("Kept past the retention period: a court matter is pending")
        .contains("Placed by " + username);
    supervisor.scrollTo("#retention-heading");
    supervisor.screenshot("case-retention-hold");

    supervisor.open("erasures.xhtml");
    WebElement held =
        supervisor.driver().findElements(By.cssSelector("tr.held-row")).stream()
            .filter(
                row -> row.findElement(By.cssSelector("a.held-case")).getText().equals(reference))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the held case is not listed"));
    assertThat(held.findElement(By.cssSelector(".held-reason")).getText())
        .isEqualTo("a court matter is pending");
    assertThat(held.findElement(By.cssSelector(".held-by")).getText()).isEqualTo(username);
    supervisor.scrollTo("#held-heading");
    supervisor.screenshot("retention-holds");

    supervisor.open("cases/case.xhtml?case=" + reference);
    supervisor.driver().findElement(By.id("retention:retention-lift")).click();
    supervisor.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("retention-explained")));
    assertThat(supervisor.driver().findElements(By.id("retention-held"))).isEmpty();
  }
}
