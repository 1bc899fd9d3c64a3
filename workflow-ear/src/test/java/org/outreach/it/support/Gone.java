package org.outreach.it.support;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Whether an element of a page has gone, because the page was replaced or the element re-rendered.
 * Selenium's {@code stalenessOf} knows only {@code StaleElementReferenceException}; in the middle
 * of a navigation Chromium also answers that the node "does not belong to the document", which
 * means the same.
 */
public final class Gone {

  private Gone() {}

  public static boolean is(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  /** A condition for a wait: true once the element has gone. */
  public static ExpectedCondition<Boolean> of(WebElement element) {
    return driver -> is(element);
  }
}
