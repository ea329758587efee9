import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cold load of the sign-in screen, the first screen a new member sees, in Debian's Chromium
 * driven by Playwright at a phone's size: a fresh browser context per run (empty cache), then
 * bytes transferred (the document and every resource, as Chromium's resource timing counts them:
 * compressed bodies plus headers), first paint, first contentful paint and the time until the
 * sign-in form is visible, all from navigation start.
 *
 * Usage: java -cp <playwright jars> bench/FirstPaint.java <url> <runs> <width> [kbit/s]
 * With a rate, Chromium's network emulation holds every transfer to it, with 150 ms of latency
 * (a phone on a weak mobile network); without, loopback's speed.
 */
public class FirstPaint {

  private static final String FIGURES = """
      () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
        return {
          bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
          decoded: nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0),
          requests: 1 + resources.length,
          fp: paint['first-paint'] ?? -1,
          fcp: paint['first-contentful-paint'] ?? -1,
        };
      }""";

  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    String url = args[0];
    int runs = Integer.parseInt(args[1]);
    int width = Integer.parseInt(args[2]);
    int kbits = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    List<Map<?, ?>> results = new ArrayList<>();
    try (Playwright playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser = playwright
          .chromium()
          .launch(new BrowserType.LaunchOptions()
              .setExecutablePath(Path.of("/usr/bin/chromium"))
              .setHeadless(true)
              .setArgs(List.of(
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--disable-background-networking")));
      for (int run = 0; run < runs; run++) {
        BrowserContext context = browser.newContext(
            new Browser.NewContextOptions().setViewportSize(width, 740).setLocale("zh-CN"));
        Page page = context.newPage();
        if (kbits > 0) {
          CDPSession cdp = context.newCDPSession(page);
          JsonObject network = new JsonObject();
          network.addProperty("offline", false);
          network.addProperty("latency", 150);
          network.addProperty("downloadThroughput", kbits * 1000 / 8);
          network.addProperty("uploadThroughput", kbits * 1000 / 8);
          cdp.send("Network.enable");
          cdp.send("Network.emulateNetworkConditions", network);
        }
        page.navigate(url + "/sign-in");
        page.getByTestId("signin-email").waitFor();
        double ready = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        // the paint entries are queued a moment after the paint itself
        page.waitForFunction("() => performance.getEntriesByType('paint').length >= 2");
        Map<String, Object> figures = new HashMap<>((Map<String, Object>) page.evaluate(FIGURES));
        figures.put("ready", ready);
        results.add(figures);
        System.out.printf(
            Locale.ROOT,
            "run %d: bytes=%d decoded=%d requests=%d fp=%.0fms fcp=%.0fms ready=%.0fms%n",
            run + 1,
            number(figures, "bytes").longValue(),
            number(figures, "decoded").longValue(),
            number(figures, "requests").intValue(),
            number(figures, "fp").doubleValue(),
            number(figures, "fcp").doubleValue(),
            number(figures, "ready").doubleValue());
        context.close();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "first-paint: width=%d%s runs=%d bytes=%d fp=%.0fms fcp=%.0fms ready=%.0fms%n",
        width,
        kbits > 0 ? " kbits=" + kbits : "",
        runs,
        (long) median(results, "bytes"),
        median(results, "fp"),
        median(results, "fcp"),
        median(results, "ready"));
  }

  private static Number number(Map<?, ?> figures, String name) {
    return (Number) figures.get(name);
  }

  private static double median(List<Map<?, ?>> results, String name) {
    double[] values = results.stream()
        .mapToDouble(figures -> number(figures, name).doubleValue())
        .sorted()
        .toArray();
    return values[values.length / 2];
  }
}
