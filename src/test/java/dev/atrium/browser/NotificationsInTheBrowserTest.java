package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.atrium.IntegrationTest;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.PageMentioned;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mention and a comment in a page reach their reader live: the badge and the tab's title count
 * them, the centre says who did what where, and opening one (or marking all read) clears both. On a
 * phone the bar holds six tabs that all fit, and the search palette covers it without its close
 * button hiding what one types. A mention in chat reaches the bell the same way and opens the
 * message, in Chinese at a desk and in English on a 360 px phone.
 */
@IntegrationTest
class NotificationsInTheBrowserTest extends DeskAndPhoneTest {

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aMentionAppearsLiveAndOpeningItGoesToThePageAndClearsTheBadge() {
    colleagues("张伟", "Amy Lee");
    DomainEvents events = new DomainEvents(publisher, transactions, jdbc);
    UUID[] deskPage = page(a.api(), "季度复盘 " + suffix);
    UUID[] phonePage = page(b.api(), "Launch checklist " + suffix);

    openDesk();
    Locator badge = desk.getByTestId("notification-badge");
    assertThat(desk.getByTestId("module-rail")).isVisible();
    assertThat(desk).hasTitle("Atrium");
    events.publish(
        new PageMentioned(deskPage[1], deskPage[0], "季度复盘 " + suffix, b.id(), Set.of(a.id())));
    assertThat(badge).containsText("1");
    // the tab says so too, for when it is hidden behind others
    assertThat(desk).hasTitle("(1) Atrium");
    desk.getByTestId("notification-bell").click();
    Locator item = desk.getByTestId("notification-item");
    assertThat(item).hasCount(1);
    assertThat(item.getByTestId("notification-sentence"))
        .hasText(bName + " 在《季度复盘 " + suffix + "》中提到了你");
    assertThat(item.getByTestId("unread-dot")).isVisible();
    Browsers.screenshot(desk, "notifications-desk-zh-CN");
    item.click();
    assertThat(desk)
        .hasURL(Pattern.compile("/docs/spaces/" + deskPage[0] + "/pages/" + deskPage[1] + "$"));
    assertThat(desk.getByTestId("page-title")).hasText("季度复盘 " + suffix);
    assertThat(badge.locator(".ant-badge-count")).hasCount(0);
    assertThat(desk).hasTitle("Atrium");
    assertThat(desk.getByTestId("notification-drawer")).isHidden();
    desk.getByTestId("notification-bell").click();
    desk.getByTestId("notify-settings").click();
    assertThat(desk.getByTestId("preferences-doc").getByRole(AriaRole.SWITCH)).hasCount(3);
    assertThat(desk.getByTestId("preference-doc.edit")).isChecked();
    Browsers.screenshot(desk, "notification-preferences-zh-CN");
    desk.getByTestId("notify-settings-back").click();
    events.publish(new PageCommented(
        deskPage[1],
        deskPage[0],
        "季度复盘 " + suffix,
        UUID.randomUUID(),
        UUID.randomUUID(),
        b.id(),
        "收入",
        "这个数字对吗？",
        Set.of(a.id())));
    assertThat(desk).hasTitle("(1) Atrium");
    desk.getByTestId("notify-mark-all").click();
    assertThat(badge.locator(".ant-badge-count")).hasCount(0);
    assertThat(desk).hasTitle("Atrium");
    desk.keyboard().press("Escape");

    openPhone();
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    UUID comment = UUID.randomUUID();
    events.publish(new PageCommented(
        phonePage[1],
        phonePage[0],
        "Launch checklist " + suffix,
        UUID.randomUUID(),
        comment,
        a.id(),
        "Ship on Friday",
        "Can we move this to Monday?",
        Set.of(b.id())));
    // written by a durable listener after the commit, then pushed to a socket opened a moment ago:
    // 0.2–0.7 s as a rule, but twice under load (once in CI) over 15 s; the cause is not found
    assertThat(phone.getByTestId("tab-notifications-badge"))
        .containsText("1", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    phone.getByTestId("tab-notifications").click();
    Locator phoneItem = phone.getByTestId("notification-item");
    assertThat(phoneItem.getByTestId("notification-sentence"))
        .hasText(aName + " commented on «Launch checklist " + suffix + "»");
    assertThat(phoneItem).containsText("Can we move this to Monday?");
    Browsers.screenshot(phone, "notifications-phone-en");
    phoneItem.click();
    assertThat(phone)
        .hasURL(Pattern.compile("/docs/spaces/" + phonePage[0] + "/pages/" + phonePage[1]
            + "#comment-" + comment + "$"));
    assertThat(phone.getByTestId("page-title")).hasText("Launch checklist " + suffix);
    assertThat(phone.getByTestId("tab-notifications-badge").locator(".ant-badge-count"))
        .hasCount(0);
  }

  @Test
  void aChatMentionReachesTheBellAndOpeningItGoesToTheMessage() {
    colleagues("陈静", "Tom Wu");
    var created =
        a.api().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "发布 " + suffix));
    UUID channel = UUID.fromString(created.body().path("id").asString());
    String channelName = created.body().path("name").asString();
    b.api().post("/api/v1/channels/" + channel + "/join", null);

    openDesk();
    Locator badge = desk.getByTestId("notification-badge");
    assertThat(desk.getByTestId("module-rail")).isVisible();
    long seq = post(b.api(), channel, "<@" + a.id() + "> 请确认发布时间 " + suffix);
    assertThat(badge).containsText("1");
    desk.getByTestId("notification-bell").click();
    Locator item = desk.getByTestId("notification-item");
    assertThat(item).hasCount(1);
    assertThat(item.getByTestId("notification-sentence"))
        .hasText(bName + " 在#" + channelName + "中提到了你");
    assertThat(item).containsText("@" + aName + " 请确认发布时间 " + suffix);
    Browsers.screenshot(desk, "notifications-chat-desk-zh-CN");
    item.click();
    assertThat(desk).hasURL(Pattern.compile("/messages/" + channel + "/" + seq + "$"));
    assertThat(desk.locator("[data-testid=message][data-seq=\"" + seq + "\"]"))
        .containsText("请确认发布时间 " + suffix);
    assertThat(badge.locator(".ant-badge-count")).hasCount(0);

    // the settings list chat's kinds, and a refused do-not-disturb time reads in Chinese
    desk.getByTestId("notification-bell").click();
    desk.getByTestId("notify-settings").click();
    assertThat(desk.getByTestId("preference-chat.mention")).isChecked();
    assertThat(desk.getByTestId("preferences-chat").getByRole(AriaRole.SWITCH)).hasCount(5);
    desk.getByTestId("quiet-hours-switch").click();
    Locator start = desk.getByTestId("quiet-hours").getByPlaceholder("开始");
    start.click();
    start.fill("08:00");
    start.press("Enter");
    desk.getByTestId("quiet-hours-save").click();
    assertThat(desk.getByTestId("quiet-hours-error")).hasText("请选择不同的开始和结束时间（时:分）。");
    Browsers.screenshot(desk, "notification-preferences-chat-zh-CN");
    desk.keyboard().press("Escape");

    openPhone();
    phone.setViewportSize(360, 780);
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    long phoneSeq = post(a.api(), channel, "<@" + b.id() + "> can you check the date?");
    // written by a durable listener after the commit, then pushed to a socket opened a moment ago:
    // 0.2–0.7 s as a rule, but twice under load (once in CI) over 15 s; the cause is not found
    assertThat(phone.getByTestId("tab-notifications-badge"))
        .containsText("1", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    phone.getByTestId("tab-notifications").click();
    Locator phoneItem = phone.getByTestId("notification-item");
    assertThat(phoneItem.getByTestId("notification-sentence"))
        .hasText(aName + " mentioned you in #" + channelName);
    assertThat(phoneItem).containsText("@" + bName + " can you check the date?");
    assertThat((Boolean)
            phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browsers.screenshot(phone, "notifications-chat-phone-en-360");
    // the settings fit the phone too, in English
    phone.getByTestId("notify-settings").click();
    assertThat(phone.getByTestId("preferences-chat")).containsText("Replies in threads I follow");
    assertThat(phone.getByTestId("quiet-hours")).containsText("Do not disturb hours");
    assertThat((Boolean)
            phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browsers.screenshot(phone, "notification-preferences-phone-en-360");
    phone.getByTestId("notify-settings-back").click();
    phoneItem.click();
    assertThat(phone).hasURL(Pattern.compile("/messages/" + channel + "/" + phoneSeq + "$"));
    assertThat(phone.locator("[data-testid=message][data-seq=\"" + phoneSeq + "\"]"))
        .containsText("can you check the date?");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void thePhoneBarHoldsSixTabsThatFitAndTheSearchPaletteCoversIt(Language language) {
    colleagues("刘洋", "Sam Park");
    phone = Browsers.phone(port, language.locale);
    SignInScreen.signIn(phone, (language == Language.CHINESE ? a : b).email(), People.PASSWORD);
    Locator bar = phone.getByTestId("bottom-tabs");
    List<String> tabs = List.of(
        "rail-messages", "rail-calendar", "rail-tasks", "rail-docs", "tab-notifications", "tab-me");
    for (int width : new int[] {390, 360}) {
      phone.setViewportSize(width, 780);
      assertThat(bar.locator("> button")).hasCount(6);
      for (String tab : tabs) {
        Locator button = bar.getByTestId(tab);
        assertThat(button).isVisible();
        BoundingBox box = button.boundingBox();
        assertThat(box.x + box.width).as("%s at %d px", tab, width).isLessThanOrEqualTo(width);
        // the label is shown whole, not cut off with an ellipsis
        assertThat((Boolean)
                button.locator("span").last().evaluate("e => e.scrollWidth <= e.clientWidth"))
            .as("%s label", tab)
            .isTrue();
      }
      assertThat((Boolean)
              phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .isTrue();
      Browsers.screenshot(phone, "phone-bar-" + width + "-" + language.locale);
    }

    for (int width : new int[] {390, 360}) {
      phone.setViewportSize(width, 780);
      phone.getByTestId("phone-top-bar").getByTestId("search-button").click();
      Locator input = phone.getByTestId("search-input");
      assertThat(input).isVisible();
      BoundingBox me = bar.getByTestId("tab-me").boundingBox();
      // what a finger on the Me tab would touch is the palette, not the avatar under it, once the
      // palette
      // has zoomed in (mid-animation it is smaller and fading); waited for, as a slow machine
      // animates late
      phone.waitForFunction(
          "([x, y]) => !!document.elementFromPoint(x, y)?.closest('.ant-modal')",
          List.of(me.x + me.width / 2, me.y + me.height / 2));
      // boxes are measured once the zoom is over: no motion class left (before it starts there is
      // no animation yet)
      phone.waitForFunction(
          "() => !document.querySelector('.ant-modal-root [class*=\"-appear\"], .ant-modal-root [class*=\"-enter\"]')"
              + " && document.querySelector('.ant-modal').getAnimations({ subtree: true }).length === 0");
      Locator close = phone.getByTestId("search-close");
      BoundingBox text = input.boundingBox();
      BoundingBox button = close.boundingBox();
      // the close button sits beside what one types, never over it
      assertThat(button.x >= text.x + text.width
              || button.x + button.width <= text.x
              || button.y >= text.y + text.height
              || button.y + button.height <= text.y)
          .as("close %s over the input %s at %d px", box(button), box(text), width)
          .isTrue();
      assertThat(button.x + button.width).as("close at %d px", width).isLessThanOrEqualTo(width);
      Browsers.screenshot(phone, "phone-search-palette-" + width + "-" + language.locale);
      close.click();
      assertThat(input).isHidden();
    }

    bar.getByTestId("tab-me").click();
    assertThat(phone.getByTestId("me-page")).containsText(language.directory);
    assertThat(bar.getByTestId("tab-me")).hasAttribute("aria-current", "page");
    Browsers.screenshot(phone, "phone-me-" + language.locale);
    phone.getByTestId("me-directory").click();
    assertThat(phone).hasURL(Pattern.compile("/directory"));
    assertThat(bar.getByTestId("tab-me")).hasAttribute("aria-current", "page");
  }

  private static String box(BoundingBox box) {
    return "(%.0f, %.0f, %.0f×%.0f)".formatted(box.x, box.y, box.width, box.height);
  }

  /** Posts in the channel; answers the message's position. */
  private static long post(Api api, UUID channel, String body) {
    var posted = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(posted.status()).as("%s", posted.body()).isEqualTo(201);
    return posted.body().path("seq").asLong();
  }

  /** A project space of the person's own with one page: {spaceId, pageId}. */
  private static UUID[] page(Api api, String title) {
    var space = api.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "空间 " + title));
    UUID spaceId = UUID.fromString(space.body().path("id").asString());
    var page = api.post("/api/v1/pages", Map.of("spaceId", spaceId, "title", title));
    return new UUID[] {spaceId, UUID.fromString(page.body().path("id").asString())};
  }
}
