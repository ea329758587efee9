package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues in one channel, one at a desk in Chinese and one on a phone in English: a mention
 * shows on the phone's channel list, a reaction and a thread reply appear live on the other side,
 * and the thread opens full screen on the phone.
 */
@IntegrationTest
class ReactionsAndThreadsTest extends DeskAndPhoneTest {

  @Test
  void aMentionAReactionAndAThreadReplyReachTheOtherPersonLive() {
    colleagues("王芳", "Ben Miller");
    String channelName = "午餐 " + suffix;
    String channel = a.api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", channelName))
        .body()
        .path("id")
        .asString();
    b.api().post("/api/v1/channels/" + channel + "/join", null);

    openDesk();
    desk.getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(channelName))
        .click();
    Locator composer = desk.getByTestId("conversation").getByTestId("composer");
    composer.click();
    desk.keyboard().type("@" + suffix);
    desk.locator(".ant-mentions-dropdown").getByText(bName).click();
    desk.keyboard().type("中午一起吃饭？**食堂**还是外卖？");
    desk.keyboard().press("Enter");
    Locator deskMessages = desk.getByTestId("conversation").getByTestId("message-list");
    assertThat(deskMessages.getByTestId("mention")).hasText("@" + bName);
    assertThat(deskMessages.getByTestId("message-body").locator("strong")).hasText("食堂");

    openPhone();
    Locator item = phone
        .getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(channelName));
    assertThat(item.getByTestId("mention-badge")).hasText("@1");
    assertThat(item.getByTestId("unread-badge")).containsText("1");
    Browsers.screenshot(phone, "threads-phone-mention-en");
    item.click();

    // Ben reacts on the phone; Wang Fang sees it at her desk
    Locator question =
        phone.getByTestId("message").filter(new Locator.FilterOptions().setHasText("中午一起吃饭"));
    question.hover();
    question.getByTestId("quick-react-👍").click();
    assertThat(question.getByTestId("reaction")).hasText("👍1");
    Locator deskReaction = deskMessages.getByTestId("reaction");
    assertThat(deskReaction).hasText("👍1");
    assertThat(deskReaction).hasAttribute("aria-pressed", "false");

    // Wang Fang replies in a thread; Ben sees the count change and opens the thread full screen
    Locator deskQuestion = deskMessages.getByTestId("message").first();
    deskQuestion.getByTestId("message-menu").click();
    desk.getByTestId("message-reply-thread").click();
    Locator deskThread = desk.getByTestId("thread-pane");
    deskThread.getByTestId("composer").fill("十二点半，食堂见");
    deskThread.getByTestId("composer").press("Enter");
    assertThat(deskThread.getByTestId("message-body")).hasCount(2);
    assertThat(deskMessages.getByTestId("thread-reply-count")).hasText("1 条回复");

    assertThat(question.getByTestId("thread-reply-count")).hasText("1 reply");
    assertThat(phone.getByTestId("message-list").getByText("十二点半，食堂见")).hasCount(0);
    question.getByTestId("thread-summary").click();
    Locator phoneThread = phone.getByTestId("thread-pane");
    assertThat(phoneThread.getByText("十二点半，食堂见")).isVisible();
    assertThat(phone.getByTestId("conversation")).hasCount(0);
    phoneThread.getByTestId("composer").fill("OK, see you there");
    phoneThread.getByTestId("also-send-to-channel").click();
    phoneThread.getByTestId("composer").press("Enter");
    assertThat(phoneThread.getByText("OK, see you there")).isVisible();
    Browsers.screenshot(phone, "threads-phone-thread-en");

    assertThat(deskThread.getByText("OK, see you there")).isVisible();
    assertThat(deskMessages.getByTestId("thread-reply-count")).hasText("2 条回复");
    // also sent to the channel: in the main history too, marked as a thread reply
    Locator echoed = deskMessages
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText("OK, see you there"));
    assertThat(echoed.getByTestId("message-in-thread")).isVisible();
    Browsers.screenshot(desk, "threads-desktop-zh-CN");
  }
}
