package org.outreach.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, vendored under {@code src/test/resources/axe}, run on a page as the browser shows it:
 * WCAG 2.1 A and AA rules and axe's best practices; serious and critical violations fail the test
 * with each rule and the elements it found.
 */
public final class Accessibility {

  private static final String AXE = load();

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations'],"
          + "  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
          + "  'best-practice']}})"
          + ".then(r => done(r.violations"
          + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + "  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
          + "    + v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 200)).join(', '))))"
          + ".catch(e => done(['axe failed: ' + e]));";

  private Accessibility() {}

  public static void assertNoSeriousViolations(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    js.executeScript(AXE);
    Object violations = js.executeAsyncScript(RUN);
    if (!(violations instanceof java.util.List<?> list) || !list.isEmpty()) {
      throw new AssertionError("Accessibility of " + page + ": " + violations);
    }
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
