package org.outreach.it.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What browser tests do to form fields that typing cannot fill the same way in every browser. */
public final class Inputs {

  private Inputs() {}

  /**
   * Sets a date or time input as its picker would: the value, then the change event (typing into
   * such an input follows the browser's locale).
   */
  public static void setInput(WebDriver page, String id, String value) {
    ((JavascriptExecutor) page)
        .executeScript(
            "const input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            value);
  }
}
