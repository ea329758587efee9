package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues talk in a direct conversation, one at a desk in Chinese and one on a phone in
 * English: the message arrives as unread, the reply and an edit appear without reloading.
 */
@IntegrationTest
class TwoPeopleChatTest extends DeskAndPhoneTest {

  @Test
  void aDirectMessageArrivesUnreadTheReplyAndAnEditAppearLive() {
    colleagues("王芳", "Ben Miller");

    openDesk();
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

    openPhone();
    Locator conversationWithA =
        phone.getByTestId("channel-item").filter(new Locator.FilterOptions().setHasText(aName));
    assertThat(conversationWithA.getByTestId("unread-badge")).containsText("1");
    assertThat(phone.getByText("Direct messages")).isVisible();
    Browsers.screenshot(phone, "chat-phone-unread-en");
    conversationWithA.click();
    Locator phoneMessages = phone.getByTestId("message-list");
    assertThat(phoneMessages.getByTestId("message-body")).hasText("你好，B");
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    phone.getByTestId("composer").fill("Hi! Good to hear from you.");
    phone.getByTestId("composer").press("Enter");

    assertThat(deskMessages.getByTestId("message-body").last())
        .hasText("Hi! Good to hear from you.");
    assertThat(deskMessages.getByText(bName)).isVisible();
    // Seen at once in the open, focused conversation: it is marked read and counts as unread
    // nowhere.
    assertThat(desk.getByTestId("unread-badge")).hasCount(0);
    Browsers.screenshot(desk, "chat-desktop-reply-zh-CN");

    Locator first =
        deskMessages.getByTestId("message").filter(new Locator.FilterOptions().setHasText("你好，B"));
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
