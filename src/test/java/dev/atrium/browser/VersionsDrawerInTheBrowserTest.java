package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import dev.atrium.support.Eventually;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page's history at a desk in Chinese: versions are kept while its author types; she names one,
 * compares two side by side and restores the older one. A colleague on a phone, in English, sees
 * the name in the page's versions.
 */
@IntegrationTest
class VersionsDrawerInTheBrowserTest extends DeskAndPhoneTest {

  /** Each keystroke is one update; from 200–300 updates on (per page), the server asks the browser for a version. */
  private static final String FIRST = "First draft of the plan. ".repeat(13);

  private static final String SECOND = " Second thoughts added later.".repeat(11);

  @Test
  void anAuthorNamesComparesAndRestoresVersions() {
    colleagues("郑洁", "Owen Park");
    String space = "计划 " + suffix;
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
                    Map.of("kind", "PERSON", "id", b.id(), "role", "READ"))));
    String page = a.api()
        .post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "年度计划"))
        .body()
        .path("id")
        .asString();

    openDesk();
    openThePage(desk, space);
    Locator editor = desk.getByTestId("doc-editor");
    editor.click();
    // typed at about 30 updates a second: under the socket's rate limit of 40
    desk.keyboard().type(FIRST, new Keyboard.TypeOptions().setDelay(30));
    versions(page, 1);
    desk.keyboard().type(SECOND, new Keyboard.TypeOptions().setDelay(30));
    versions(page, 2);

    desk.getByTestId("page-menu").click();
    desk.getByTestId("page-versions").click();
    Locator drawer = desk.getByTestId("versions-drawer");
    Locator items = drawer.getByTestId("version-item");
    // two or more: where a page asks for a version (200–300 updates) decides whether a third came
    assertThat(items.nth(1)).isVisible();
    Locator first = items.filter(new Locator.FilterOptions().setHasText("版本 1"));
    first.getByTestId("version-rename").click();
    drawer.getByTestId("version-name-input").fill("初稿");
    drawer.getByTestId("version-name-input").press("Enter");
    assertThat(first.getByTestId("version-name")).hasText("初稿");

    items.first().getByTestId("version-pick").check();
    first.getByTestId("version-pick").check();
    drawer.getByTestId("versions-compare").click();
    Locator compare = drawer.getByTestId("version-compare");
    assertThat(compare
            .locator("[data-testid=diff-changed], [data-testid=diff-added]")
            .first())
        .containsText("Second thoughts");
    Browsers.screenshot(desk, "docs-desktop-versions-compare-zh-CN");
    compare.getByText("全部版本").click();

    first.getByTestId("version-restore").click();
    desk.getByTestId("version-restore-confirm").click();
    assertThat(drawer).isHidden();
    // version 1 is what was typed when the server asked for it: most of the first draft
    assertThat(editor).containsText("First draft of the plan. First draft of the plan.");
    assertThat(editor).not().containsText("Second thoughts");

    openPhone();
    openThePage(phone, space);
    assertThat(phone.getByTestId("doc-editor")).not().containsText("Second thoughts");
    phone.getByTestId("page-menu").click();
    phone.getByTestId("page-versions").click();
    Locator named = phone
        .getByTestId("versions-drawer")
        .getByTestId("version-item")
        .filter(new Locator.FilterOptions().setHasText("Version 1"));
    assertThat(named.getByTestId("version-name")).hasText("初稿");
    assertThat(named.getByTestId("version-restore")).hasCount(0);
    Browsers.screenshot(phone, "docs-phone-versions-en");
  }

  private void versions(String page, int count) {
    Eventually.eventually(
        () -> a.api().get("/api/v1/pages/" + page + "/versions").body().size(),
        n -> n >= count,
        30);
  }

  private static void openThePage(Page browser, String space) {
    browser.getByTestId("rail-docs").click();
    browser
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    browser
        .getByTestId("page-node")
        .filter(new Locator.FilterOptions().setHasText("年度计划"))
        .click();
    assertThat(browser.getByTestId("page-title")).hasText("年度计划");
  }
}
