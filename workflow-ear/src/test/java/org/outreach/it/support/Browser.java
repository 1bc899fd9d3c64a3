package org.outreach.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages, driven by its own chromedriver. Nothing
 * is downloaded: both paths are fixed (overridable with system properties).
 */
public final class Browser {

  /** The most idle browsers kept for each language. */
  private static final int KEPT = 3;

  /**
   * Browsers given back, by language, ready for the next person: starting Chromium and its driver
   * costs a second or more, and the suite opens one for every person a test plays.
   */
  private static final Map<String, Deque<ChromeDriver>> IDLE = new HashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (IDLE) {
                    IDLE.values().forEach(idle -> idle.forEach(Browser::quietlyQuit));
                    IDLE.clear();
                  }
                }));
  }

  private Browser() {}

  /**
   * A browser for someone who reads {@code language} first: one given back earlier, with no cookie
   * and no page left of whoever used it, or a new one.
   */
  static ChromeDriver take(String language) {
    synchronized (IDLE) {
      ChromeDriver idle = IDLE.getOrDefault(language, new ArrayDeque<>()).pollFirst();
      if (idle != null) {
        return idle;
      }
    }
    return start(language);
  }

  /**
   * Takes a browser back: its cookies and stored data are cleared and it shows a blank page, then
   * it waits for the next person; one that cannot be cleared (a dialog left open, a crash) is
   * closed instead.
   */
  static void giveBack(String language, ChromeDriver driver) {
    try {
      if (driver.getWindowHandles().size() != 1) {
        throw new IllegalStateException("more than one window");
      }
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              URI.create(ItSettings.baseUrl()).resolve("/").toString().replaceAll("/$", ""),
              "storageTypes",
              "all"));
    } catch (RuntimeException broken) {
      quietlyQuit(driver);
      return;
    }
    synchronized (IDLE) {
      Deque<ChromeDriver> idle = IDLE.computeIfAbsent(language, key -> new ArrayDeque<>());
      if (idle.size() < KEPT) {
        idle.addFirst(driver);
        return;
      }
    }
    quietlyQuit(driver);
  }

  private static void quietlyQuit(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (RuntimeException gone) {
      // already closed
    }
  }

  public static ChromeDriver start() {
    return start("en");
  }

  /** A browser whose people read {@code language} first (its Accept-Language). */
  public static ChromeDriver start(String language) {
    String chromium = System.getProperty("outreach.it.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("outreach.it.chromedriver", "/usr/bin/chromedriver");
    File profile;
    try {
      profile = Files.createTempDirectory("outreach-it-chromium").toFile();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + profile.getAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }
}
