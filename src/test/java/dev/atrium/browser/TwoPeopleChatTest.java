package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two colleagues talk in a direct conversation, one at a desk in Chinese and one on a phone in
 * English: the message arrives as unread, the reply and an edit appear without reloading.
 */
@IntegrationTest
class TwoPeopleChatTest {

  @LocalServerPort int port;
  private Page desk;
  private Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  @Test
  void aDirectMessageArrivesUnreadTheReplyAndAnEditAppearLive() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String aName = "王芳 " + suffix;
    String bName = "Ben Miller " + suffix;
    var a = People.create(port, admin, aName);
    var b = People.create(port, admin, bName);
    a.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    b.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));

    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, a.email(), People.PASSWORD);
    assertThat(desk.getByTestId("rail-messages")).hasAttribute("aria-current", "page");
    desk.getByTestId("chat-new").click();
    desk.getByTestId("chat-new-direct").click();
    Locator dialog = desk.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("发起私信");
    dialog.getByTestId("direct-person").click();
    desk.keyboard().type(bName);
    desk.locator(".ant-select-dropdown").getByText(bName).click();
    dialog.getByTestId("direct-open").click();
    assertThat(desk.getByTestId("conversation-title")).hasText(bName);
    desk.getByTestId("composer").fill("你好，B");
    desk.getByTestId("composer").press("Enter");
    Locator deskMessages = desk.getByTestId("message-list");
    assertThat(deskMessages.getByTestId("message-body")).hasText("你好，B");

    phone = Browsers.phone(port, "en");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
    Locator conversationWithA = phone.getByTestId("channel-item").filter(new Locator.FilterOptions().setHasText(aName));
    assertThat(conversationWithA.getByTestId("unread-badge")).containsText("1");
    assertThat(phone.getByText("Direct messages")).isVisible();
    Browsers.screenshot(phone, "chat-phone-unread-en");
    conversationWithA.click();
    Locator phoneMessages = phone.getByTestId("message-list");
    assertThat(phoneMessages.getByTestId("message-body")).hasText("你好，B");
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    phone.getByTestId("composer").fill("Hi! Good to hear from you.");
    phone.getByTestId("composer").press("Enter");

    assertThat(deskMessages.getByTestId("message-body").last()).hasText("Hi! Good to hear from you.");
    assertThat(deskMessages.getByText(bName)).isVisible();
    // Seen at once in the open, focused conversation: it is marked read and counts as unread nowhere.
    assertThat(desk.getByTestId("unread-badge")).hasCount(0);
    Browsers.screenshot(desk, "chat-desktop-reply-zh-CN");

    Locator first = deskMessages.getByTestId("message").filter(new Locator.FilterOptions().setHasText("你好，B"));
    first.hover();
    first.getByTestId("message-menu").click();
    desk.getByTestId("message-edit").click();
    Locator editBox = deskMessages.getByTestId("message-edit-box");
    editBox.fill("你好，B！周五见。");
    editBox.press("Enter");
    assertThat(deskMessages.getByTestId("message-edited")).hasText("(已编辑)");

    assertThat(phoneMessages.getByTestId("message-body").first()).hasText("你好，B！周五见。");
    assertThat(phoneMessages.getByTestId("message-edited")).hasText("(edited)");
    Browsers.screenshot(phone, "chat-phone-edited-en");
    Browsers.screenshot(desk, "chat-desktop-edited-zh-CN");
  }
}
