package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * An owner at a desk (Chinese) makes a broadcast channel; a colleague on a phone (English) finds
 * and joins it, then sees the new topic arrive live and the composer give way to an explanation.
 */
@IntegrationTest
class ChannelSettingsBrowserTest extends DeskAndPhoneTest {

  @Test
  void aMemberSeesTheTopicLiveAndCannotPostInABroadcastChannel() {
    colleagues("李娜", "Sam Lee");
    String channelName = "公告 " + suffix;

    openDesk();
    desk.getByTestId("chat-new").click();
    desk.getByTestId("chat-new-channel").click();
    desk.getByTestId("field-channel-name").fill(channelName);
    desk.getByTestId("channel-create").click();
    assertThat(desk.getByTestId("conversation-title")).hasText(channelName);

    openPhone();
    phone.getByTestId("chat-browse").click();
    Locator browser = phone.getByRole(AriaRole.DIALOG);
    browser.getByTestId("browse-search").fill(suffix);
    Locator row = browser
        .getByTestId("browse-row")
        .filter(new Locator.FilterOptions().setHasText(channelName));
    assertThat(row).containsText("1 member");
    row.getByTestId("browse-join").click();
    assertThat(phone.getByTestId("conversation-title")).hasText(channelName);
    assertThat(phone.getByTestId("composer")).isVisible();

    desk.getByTestId("conversation-settings").click();
    Locator drawer = desk.getByTestId("channel-drawer");
    drawer.getByTestId("settings-topic").fill("每周一上午十点发布");
    drawer.getByTestId("posting-admins").click();
    drawer.getByTestId("settings-save").click();
    assertThat(desk.getByTestId("conversation-topic")).hasText("每周一上午十点发布");
    Browsers.screenshot(desk, "channel-settings-desktop-zh-CN");

    assertThat(phone.getByTestId("conversation-topic")).hasText("每周一上午十点发布");
    assertThat(phone.getByTestId("composer-disabled"))
        .hasText(
            "Only the channel's owners and admins can post here. You can still read and react.");
    assertThat(phone.getByTestId("composer")).hasCount(0);
    Browsers.screenshot(phone, "channel-broadcast-phone-en");

    // the owner closes the drawer and still posts; the member reads it
    desk.keyboard().press("Escape");
    assertThat(drawer).isHidden();
    desk.getByTestId("composer").fill("本周发布推迟到周三");
    desk.getByTestId("composer").press("Enter");
    assertThat(phone.getByTestId("message-body").last()).hasText("本周发布推迟到周三");

    phone.getByTestId("conversation-settings").click();
    Locator phoneDrawer = phone.getByTestId("channel-drawer");
    assertThat(phoneDrawer).containsText("Only owners and admins (broadcast)");
    phoneDrawer
        .getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Members"))
        .click();
    assertThat(phoneDrawer.getByTestId("member-row")).hasCount(2);
    assertThat(phoneDrawer.getByTestId("member-row").first()).containsText("Owner");
    Browsers.screenshot(phone, "channel-members-phone-en");
  }
}
