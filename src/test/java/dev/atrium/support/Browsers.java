package dev.atrium.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, one browser per test JVM; each person gets their own
 * context (cookies, storage, language, screen size), as two people on two machines would.
 */
public final class Browsers {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static Browser browser;

  private Browsers() {}

  public static synchronized Browser browser() {
    if (browser == null) {
      Playwright playwright = Playwright.create(new Playwright.CreateOptions()
          .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser = playwright
          .chromium()
          .launch(new BrowserType.LaunchOptions()
              .setExecutablePath(Path.of(CHROMIUM))
              .setHeadless(true)
              .setArgs(List.of(
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync")));
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
      // Sign-in hashes with Argon2id; on a busy two-core machine an answer can take longer than the
      // 5 s default.
      PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }
    return browser;
  }

  /** A fresh person at a desktop, speaking the given language ("zh-CN" or "en"). */
  public static Page desktop(int port, String locale) {
    return open(port, locale, 1280, 800);
  }

  /** A fresh person on a phone. */
  public static Page phone(int port, String locale) {
    return open(port, locale, 390, 844);
  }

  /** A fresh person on a small phone's touch screen (no hover, a coarse pointer), 360 px wide. */
  public static Page touchPhone(int port, String locale) {
    return open(port, locale, 360, 740, true);
  }

  private static Page open(int port, String locale, int width, int height) {
    return open(port, locale, width, height, false);
  }

  private static Page open(int port, String locale, int width, int height, boolean touch) {
    BrowserContext context = browser()
        .newContext(new Browser.NewContextOptions()
            .setBaseURL("http://localhost:" + port)
            .setLocale(locale)
            .setViewportSize(width, height)
            .setHasTouch(touch)
            .setIsMobile(touch));
    context.setDefaultTimeout(15_000);
    Page page = context.newPage();
    // an uncaught error in the client is the first thing to know when a step times out
    page.onPageError(
        error -> System.err.println("[browser] uncaught in " + page.url() + ": " + error));
    return page;
  }

  /**
   * A full-page screenshot of every page still open, named after the failed test, with its address
   * on standard error: what the person saw when a step gave up.
   */
  static synchronized void captureOpenPages(String test) {
    if (browser == null) {
      return;
    }
    int n = 0;
    for (BrowserContext context : browser.contexts()) {
      for (Page page : context.pages()) {
        String name = "failed-" + test + "-" + ++n;
        try {
          screenshot(page, name);
          System.err.println("[browser] " + name + ".png shows " + page.url());
        } catch (PlaywrightException e) {
          System.err.println("[browser] no screenshot of " + page.url() + ": " + e.getMessage());
        }
      }
    }
  }

  /** Ends the person's browser session (their context), freeing its renderer. */
  public static void close(Page page) {
    if (page != null) {
      page.context().close();
    }
  }

  public static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
