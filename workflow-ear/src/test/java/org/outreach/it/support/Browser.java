package org.outreach.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages, driven by its own chromedriver. Nothing
 * is downloaded: both paths are fixed (overridable with system properties).
 */
public final class Browser {

  private Browser() {}

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
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }
}
