package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues write one page at the same time, one at a desk in Chinese and one on a phone in
 * English: each sees the other's words arrive and the other's caret with their name on it.
 */
@IntegrationTest
class TwoPeopleEditOnePageTest extends DeskAndPhoneTest {

  /** Docs in the rail (or the phone's tabs), the space, then the page in its tree. */
  private void openThePage(com.microsoft.playwright.Page browser) {
    browser.getByTestId("rail-docs").click();
    browser
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText("发布计划 " + suffix))
        .click();
    browser
        .getByTestId("page-node")
        .filter(new Locator.FilterOptions().setHasText("周会纪要"))
        .click();
    assertThat(browser.getByTestId("page-title")).hasText("周会纪要");
  }

  @Test
  void bothTypeAtOnceAndSeeEachOthersTextAndCaret() {
    colleagues("王芳", "Ben Miller");
    Api.Response space =
        a.api().post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "发布计划 " + suffix));
    assertThat(space.status()).isEqualTo(201);
    String spaceId = space.body().get("id").asText();
    Api.Response grants = a.api()
        .put(
            "/api/v1/spaces/" + spaceId + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", b.id(), "role", "EDIT"))));
    assertThat(grants.status()).isEqualTo(200);
    Api.Response page = a.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "周会纪要"));
    assertThat(page.status()).isEqualTo(201);

    openDesk();
    openThePage(desk);
    assertThat(desk.getByTestId("connection-status")).hasAttribute("data-status", "connected");
    Locator deskEditor = desk.getByTestId("doc-editor");

    openPhone();
    openThePage(phone);
    assertThat(phone.getByTestId("connection-status")).hasAttribute("data-status", "connected");
    Locator phoneEditor = phone.getByTestId("doc-editor");

    // Markdown shortcuts while typing: "## " makes a heading for both.
    deskEditor.click();
    desk.keyboard().type("## 议程");
    desk.keyboard().press("Enter");
    assertThat(phoneEditor.locator("h2")).hasText("议程");

    // Both type at once, turn about, each at their own place in the page.
    desk.keyboard().type("王芳：发布日期定在周五。");
    phoneEditor.locator("h2").click();
    phone.keyboard().press("End");
    phone.keyboard().type(" / Agenda");
    desk.keyboard().type("测试已完成。");
    phone.keyboard().type(" (draft)");

    // containsText: the other's caret, with its name label, sits inside the text it follows
    assertThat(phoneEditor.locator("h2")).containsText("议程 / Agenda (draft)");
    assertThat(deskEditor.locator("h2")).containsText("议程 / Agenda (draft)");
    assertThat(phoneEditor).containsText("王芳：发布日期定在周五。测试已完成。");
    assertThat(deskEditor).containsText("王芳：发布日期定在周五。测试已完成。");

    // Each sees the other's caret, labelled with their name.
    assertThat(desk.getByTestId("remote-caret")).hasText(bName);
    assertThat(phone.getByTestId("remote-caret")).hasText(aName);
    assertThat(desk.getByTestId("present-person")).hasAttribute("aria-label", bName);
    assertThat(desk.getByTestId("doc-toolbar")).isVisible();
    Browsers.screenshot(desk, "docs-desktop-editing-zh-CN");
    Browsers.screenshot(phone, "docs-phone-editing-en");

    // Kept by the server, not only in the browsers: a fresh phone (no local copy) gets both
    // people's words.
    Browsers.close(phone);
    openPhone();
    openThePage(phone);
    assertThat(phone.getByTestId("doc-editor").locator("h2")).containsText("议程 / Agenda (draft)");
    assertThat(phone.getByTestId("doc-editor")).containsText("测试已完成。");
  }
}
