package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "@李娜" typed with a Chinese input method: the pinyin is composed, then committed as characters
 * with no key-up after it. The suggestions must follow the committed text at once, in the chat
 * composer (at a desk, in Chinese) and in a page's comments and editor (on a phone, in English).
 */
@IntegrationTest
class MentionsWithAChineseInputMethodTest extends DeskAndPhoneTest {

  private static final Pattern SIGNED_IN = Pattern.compile(".*/messages.*");

  @Test
  void committedChineseTextFindsThePersonInEveryMentionBox() {
    colleagues("王芳", "Ben Miller");
    // a name no one else in the shared database has, all in characters an input method commits
    String name = "李娜"
        + suffix
            .chars()
            .mapToObj(c -> String.valueOf((char) ('甲' + c % 10)))
            .reduce("", String::concat);
    People.create(port, People.admin(port), name);
    String channel = a.api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "研发 " + suffix))
        .body()
        .path("id")
        .asString();

    openDesk();
    assertThat(desk).hasURL(SIGNED_IN);
    desk.navigate("/messages/" + channel);
    desk.getByTestId("conversation").getByTestId("composer").click();
    desk.keyboard().type("@");
    assertThat(desk.locator(".ant-mentions-dropdown").getByText("@all")).isVisible();
    compose(desk, "lina", name);
    assertThat(desk.locator(".ant-mentions-dropdown").getByText(name)).isVisible();
    Browsers.screenshot(desk, "ime-mention-chat-zh-CN");

    String space = b.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "Team " + suffix))
        .body()
        .path("id")
        .asString();
    String page = b.api()
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "Plan"))
        .body()
        .path("id")
        .asString();
    openPhone();
    assertThat(phone).hasURL(SIGNED_IN);
    phone.navigate("/docs/spaces/" + space + "/pages/" + page);
    phone.getByTestId("page-comment-input").click();
    phone.keyboard().type("@");
    compose(phone, "lina", name);
    assertThat(phone
            .getByTestId("comment-mention-option")
            .filter(new Locator.FilterOptions().setHasText(name)))
        .isVisible();
    phone.keyboard().press("Escape");

    phone.getByTestId("doc-editor").click();
    phone.keyboard().type("Ask @");
    compose(phone, "lina", name);
    assertThat(phone.getByTestId("mention-list").getByText(name)).isVisible();
    Browsers.screenshot(phone, "ime-mention-editor-en");
  }

  /** What an input method does: shows the pinyin as a composition, then commits the characters. */
  private static void compose(Page page, String pinyin, String committed) {
    CDPSession cdp = page.context().newCDPSession(page);
    JsonObject composition = new JsonObject();
    composition.addProperty("text", pinyin);
    composition.addProperty("selectionStart", pinyin.length());
    composition.addProperty("selectionEnd", pinyin.length());
    cdp.send("Input.imeSetComposition", composition);
    JsonObject commit = new JsonObject();
    commit.addProperty("text", committed);
    cdp.send("Input.insertText", commit);
    cdp.detach();
  }
}
