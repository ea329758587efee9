package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Colleagues write in Chinese and English; at a desk (Chinese) Ctrl+K finds a message by Chinese
 * words, highlighted, a typed {@code in:#} filter narrows it to one channel, and Enter opens the
 * message in its conversation far back in history, highlighted. On a phone (English) the search
 * button finds a person and opens their card, and a private channel's message stays hidden from
 * someone outside it, while a public one's message opens after joining. The administrator sees
 * the index's health and rebuilds it.
 */
@IntegrationTest
class SearchInTheBrowserTest extends DeskAndPhoneTest {

  @Test
  void chineseWordsFindTheMessageAFilterNarrowsItAndEnterOpensItInItsConversation() {
    colleagues("王芳", "Ben Miller");
    String research = "研发" + suffix;
    String marketing = "市场" + suffix;
    String researchId = publicChannel(research);
    String marketingId = publicChannel(marketing);
    String target = "本周项目进度：接口联调完成 API integration done " + suffix;
    post(b.api(), researchId, target);
    // the hit is more than a page (50) back, so opening it has to load the history around it
    for (int i = 0; i < 60; i++) {
      post(b.api(), researchId, "daily standup note " + i);
    }
    post(a.api(), marketingId, "市场部的项目进度 launch plan " + suffix);
    awaitIndexed(a.api(), "项目进度 " + suffix, 2);

    openDesk();
    assertThat(desk.getByTestId("module-rail")).isVisible();
    desk.keyboard().press("Control+K");
    Locator input = desk.getByTestId("search-input");
    assertThat(input).isFocused();
    input.fill("项目进度");
    Locator hit =
        desk.getByTestId("search-hit").filter(new Locator.FilterOptions().setHasText(target));
    assertThat(hit).isVisible();
    assertThat(hit.getByTestId("search-match").first()).hasText(Pattern.compile("项目"));
    assertThat(hit.getByTestId("search-hit-context")).containsText("#" + research);
    assertThat(hit.getByTestId("search-hit-context")).containsText(bName);
    Locator other =
        desk.getByTestId("search-hit").filter(new Locator.FilterOptions().setHasText("市场部的项目进度"));
    assertThat(other).isVisible();
    Browsers.screenshot(desk, "search-palette-zh-CN");

    // typing in:# suggests channels; choosing one completes the name, and the other channel's hit
    // goes
    input.press("End");
    desk.keyboard().type(" in:#研发");
    Locator suggestion =
        desk.getByTestId("search-hit").filter(new Locator.FilterOptions().setHasText(research));
    assertThat(suggestion).isVisible();
    Browsers.screenshot(desk, "search-palette-suggest-zh-CN");
    suggestion.click();
    assertThat(input).hasValue("项目进度 in:#" + research + " ");
    assertThat(hit).isVisible();
    assertThat(other).hasCount(0);

    // the message hit is the first option: Enter opens it in its conversation, highlighted
    assertThat(desk.locator("[role=option][aria-selected=true]")).containsText(target);
    input.press("Enter");
    assertThat(input).hasCount(0);
    assertThat(desk).hasURL(Pattern.compile("/messages/" + researchId + "/\\d+$"));
    assertThat(desk.locator("[data-testid=message][data-highlighted]")).containsText(target);
    assertThat(desk.getByTestId("conversation-title")).hasText(research);
    Browsers.screenshot(desk, "search-opened-message-zh-CN");

    // "see all" is the last option: the results page, with the message tab's count
    desk.keyboard().press("Control+K");
    input.fill("项目进度 " + suffix);
    assertThat(desk.getByTestId("search-hit").first()).isVisible();
    input.press("ArrowUp");
    assertThat(desk.getByTestId("search-see-all")).hasAttribute("aria-selected", "true");
    input.press("Enter");
    assertThat(desk).hasURL(Pattern.compile("/search\\?q="));
    assertThat(desk.getByTestId("search-tab-message")).containsText("2");
    desk.getByTestId("search-tab-message").click();
    assertThat(desk.getByTestId("search-page").getByTestId("search-hit")).hasCount(2);
    Browsers.screenshot(desk, "search-results-messages-zh-CN");
    desk.getByTestId("search-filter-has-file").click();
    assertThat(desk.getByTestId("search-page-input")).hasValue("项目进度 " + suffix + " has:file");
    assertThat(desk.getByTestId("search-nothing")).isVisible();
    Browsers.screenshot(desk, "search-results-zh-CN");
  }

  @Test
  void onAPhoneTheSearchButtonFindsAPersonAndAPrivateChannelStaysHidden() {
    colleagues("陈静", "Dana Fox");
    var secret = a.api().post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", "机密" + suffix));
    String secretId = secret.body().path("id").asString();
    post(a.api(), secretId, "机密预算 confidential budget " + suffix);
    String notice = a.api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "公告" + suffix))
        .body()
        .path("id")
        .asString();
    post(a.api(), notice, "Quarterly review moved to Thursday " + suffix);
    // it is in the index (its member finds it), so the phone's empty answer is the permission at
    // work
    awaitIndexed(a.api(), "机密预算 " + suffix, 1);
    awaitIndexed(b.api(), "quarterly review " + suffix, 1);

    openPhone();
    phone.getByTestId("phone-top-bar").getByTestId("search-button").click();
    Locator input = phone.getByTestId("search-input");
    input.fill(aName);
    Locator person = phone
        .getByTestId("search-hit")
        .and(phone.locator("[data-kind=person]"))
        .filter(new Locator.FilterOptions().setHasText(aName));
    assertThat(person).isVisible();
    Browsers.screenshot(phone, "search-palette-phone-en");
    person.click();
    assertThat(phone).hasURL(Pattern.compile("/directory/people/" + a.id() + "$"));
    assertThat(phone.getByTestId("person-card")).containsText(aName);

    phone.getByTestId("search-button").click();
    input.fill("机密预算 " + suffix);
    assertThat(phone.getByTestId("search-nothing")).isVisible();
    assertThat(phone.getByTestId("search-hit")).hasCount(0);
    assertThat(phone.getByRole(AriaRole.LISTBOX)).not().containsText("confidential");
    Browsers.screenshot(phone, "search-private-hidden-phone-en");

    // a public channel Dana is not in: its message is found, and joining opens it there
    input.fill("quarterly review " + suffix);
    phone
        .getByTestId("search-hit")
        .filter(new Locator.FilterOptions().setHasText("Quarterly review moved"))
        .click();
    assertThat(phone).hasURL(Pattern.compile("/messages/" + notice + "/\\d+$"));
    assertThat(input).hasCount(0);
    assertThat(phone.getByTestId("join-to-read")).isVisible();
    Browsers.screenshot(phone, "search-join-to-read-phone-en");
    phone.getByTestId("join-to-read").click();
    assertThat(phone.locator("[data-testid=message][data-highlighted]"))
        .containsText("Quarterly review moved to Thursday");
  }

  @Test
  void theAdministratorSeesTheIndexHealthAndRebuildsIt() {
    Api adminApi = People.admin(port);
    adminApi.patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    desk.getByTestId("rail-admin").click();
    desk.getByTestId("admin-nav-search").click();
    Locator section = desk.getByTestId("search-index");
    assertThat(section).containsText("搜索索引");
    assertThat(desk.getByTestId("search-index-state")).hasText("就绪");
    assertThat(desk.getByTestId("search-index-kind-person")).not().hasText("0");

    String before = section.getAttribute("data-rebuild-started");
    section.getByTestId("search-index-rebuild").click();
    desk.getByTestId("search-index-rebuild-confirm").click();
    // it runs in the background; the page follows it until the index is ready again
    assertThat(section).hasAttribute("data-rebuild-started", Pattern.compile(".+"));
    if (before != null) {
      assertThat(section).not().hasAttribute("data-rebuild-started", before);
    }
    assertThat(desk.getByTestId("search-index-state"))
        .hasText("就绪", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(desk.getByTestId("search-index-progress")).hasCount(0);
    assertThat(section).containsText("上次重建");
    Browsers.screenshot(desk, "search-index-admin-zh-CN");
  }

  private String publicChannel(String name) {
    String id = a.api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", name))
        .body()
        .path("id")
        .asString();
    b.api().post("/api/v1/channels/" + id + "/join", null);
    return id;
  }

  private static void post(Api api, String channelId, String body) {
    api.post(
        "/api/v1/channels/" + channelId + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
  }

  /** Indexing follows posting asynchronously (a durable listener); wait until the searcher sees the messages. */
  private static void awaitIndexed(Api searcher, String query, int messages) {
    String path =
        "/api/v1/search?kind=message&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() ->
            searcher.get(path).body().path("groups").path(0).path("total").asInt() >= messages);
  }
}
