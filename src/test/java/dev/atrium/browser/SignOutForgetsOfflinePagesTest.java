package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Eventually;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pages opened are kept in the browser (IndexedDB) for offline editing; signing out deletes them,
 * since someone else may use the browser next. At a desk in Chinese and on a phone in English.
 */
@IntegrationTest
class SignOutForgetsOfflinePagesTest extends DeskAndPhoneTest {

  /** The names of the IndexedDB databases holding pages. */
  private static final String OFFLINE_PAGES =
      "async () => (await indexedDB.databases()).map(d => d.name).filter(name => name.startsWith('atrium-page:'))";

  @Test
  void signingOutDeletesTheOfflineCopiesOfPages() {
    colleagues("吴昊", "Lena Fox");
    String space = "共享 " + suffix;
    String spaceId = a.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", space))
        .body()
        .path("id")
        .asString();
    a.api()
        .put(
            "/api/v1/spaces/" + spaceId + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", b.id(), "role", "EDIT"))));
    a.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "离线笔记"));

    openDesk();
    openWriteAndSignOut(desk, space, "写在桌面上", "user-menu");
    openPhone();
    openWriteAndSignOut(phone, space, "Written on the phone", "tab-me");
  }

  /** {@code menu}: the desk's avatar menu, or the phone's Me tab. */
  private static void openWriteAndSignOut(Page browser, String space, String words, String menu) {
    browser.getByTestId("rail-docs").click();
    browser
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    browser
        .getByTestId("page-node")
        .filter(new Locator.FilterOptions().setHasText("离线笔记"))
        .click();
    browser.getByTestId("doc-editor").click();
    browser.keyboard().type(words);
    assertThat(browser.getByTestId("connection-status")).hasAttribute("data-status", "connected");
    Eventually.eventually(() -> offlinePages(browser), names -> !names.isEmpty());

    browser.getByTestId(menu).click();
    browser.getByTestId("sign-out").click();
    assertThat(browser.getByTestId("signin-email")).isVisible();
    Eventually.eventually(() -> offlinePages(browser), List::isEmpty);
  }

  @SuppressWarnings("unchecked")
  private static List<String> offlinePages(Page browser) {
    return (List<String>) browser.evaluate(OFFLINE_PAGES);
  }
}
