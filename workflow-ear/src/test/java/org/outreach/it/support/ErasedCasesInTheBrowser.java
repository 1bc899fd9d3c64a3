package org.outreach.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

      erased.findElement(By.cssSelector("a.erased-case")).click();
      supervisor.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("record-erased")));
      assertThat(supervisor.textOf("#record-erased")).contains("erased on").contains("2023");
      supervisor.screenshot("case-record-erased");
    }
  }
}
