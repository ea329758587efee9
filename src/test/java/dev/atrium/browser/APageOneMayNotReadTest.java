package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A link to a page of a space one is not in: the page says once, in one's language, that it is not
 * there for one, and the live-editing connection takes the server's refusal as final instead of
 * retrying against it.
 */
@IntegrationTest
class APageOneMayNotReadTest extends DeskAndPhoneTest {

  private static final Pattern MESSAGES = Pattern.compile(".*/messages.*");

  @Test
  void theRefusalIsFinalAndSaidOnceInEitherLanguage() {
    colleagues("周敏", "Amy Reed");
    String space = a.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "人事 " + suffix))
        .body()
        .path("id")
        .asString();
    String page = a.api()
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "薪酬方案"))
        .body()
        .path("id")
        .asString();
    String address = "/docs/spaces/" + space + "/pages/" + page;

    phone = Browsers.phone(port, "en");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
    assertThat(phone).hasURL(MESSAGES);
    assertRefusedOnce(
        phone, address, "This page does not exist, or you may not see it.", "Try again");
    Browsers.screenshot(phone, "refused-page-phone-en");

    desk = Browsers.desktop(port, "zh-CN");
    var outsider = People.create(port, People.admin(port), "局外人 " + suffix);
    outsider.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    SignInScreen.signIn(desk, outsider.email(), People.PASSWORD);
    assertThat(desk).hasURL(MESSAGES);
    assertRefusedOnce(desk, address, "该页面不存在，或你无权查看。", "重试");
  }

  private static void assertRefusedOnce(
      Page browser, String address, String message, String retry) {
    AtomicInteger attempts = new AtomicInteger();
    browser.onWebSocket(socket -> {
      if (socket.url().endsWith("/collab")) {
        attempts.incrementAndGet();
      }
    });
    browser.clock().install();
    browser.navigate(address);
    assertThat(browser.getByText(message)).hasCount(1);
    assertThat(browser.getByText(message)).isVisible();
    assertThat(browser.getByText(retry)).hasCount(0);
    // a minute of the page's clock: every reconnection the provider would schedule comes due
    for (int second = 0; second < 60; second++) {
      browser.clock().runFor(1000);
      // a round trip to the page between steps, so a failed handshake can schedule its retry
      browser.evaluate("() => document.readyState");
    }
    assertThat(attempts.get()).as("handshakes against the refused page").isLessThanOrEqualTo(1);
    assertThat(browser.getByText(message)).hasCount(1);
  }
}
