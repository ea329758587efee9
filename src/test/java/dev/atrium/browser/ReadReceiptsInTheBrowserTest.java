package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A writes to B in a direct conversation at a desk (Chinese); B reads on a phone (English). A sees
 * the message go from unread to read when B opens it, B sees A online and typing, and a permalink
 * opens the message highlighted.
 */
@IntegrationTest
class ReadReceiptsInTheBrowserTest extends DeskAndPhoneTest {

  @Test
  void theSenderSeesUnreadTurnToReadWhenTheOtherOpensTheConversation() {
    colleagues("李娜", "Chris Lee");
    String direct = a.api()
        .post("/api/v1/channels/direct", Map.of("personId", b.id()))
        .body()
        .path("id")
        .asString();

    openDesk();
    assertThat(desk.getByTestId("rail-messages")).hasAttribute("aria-current", "page");
    desk.navigate("/messages/" + direct);
    desk.getByTestId("composer").fill("请看一下这份报告");
    desk.getByTestId("composer").press("Enter");
    assertThat(desk.getByTestId("message-body").last()).hasText("请看一下这份报告");
    Browsers.screenshot(desk, "chat-receipt-sent-zh-CN");
    Locator mine = desk.getByTestId("message-list")
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText("请看一下这份报告"));
    assertThat(mine.getByTestId("receipt")).hasAttribute("data-unread", "1");
    assertThat(mine.getByTestId("receipt")).hasText("未读");

    openPhone();
    Locator withA =
        phone.getByTestId("channel-item").filter(new Locator.FilterOptions().setHasText(aName));
    assertThat(withA.getByTestId("unread-badge")).containsText("1");
    assertThat(withA.getByTestId("presence-dot")).hasAttribute("data-status", "online");
    withA.click();
    assertThat(phone.getByTestId("message-list").getByTestId("message-body")).hasText("请看一下这份报告");

    // B's client marks it read; A's receipt follows over the socket (a read.moved entry)
    assertThat(mine.getByTestId("receipt")).hasAttribute("data-unread", "0");
    assertThat(mine.getByTestId("receipt")).hasText("已读");
    mine.getByTestId("receipt").click();
    assertThat(desk.getByTestId("receipt-read-by")).containsText("Chris Lee " + suffix);
    Browsers.screenshot(desk, "chat-receipt-read-zh-CN");

    // A types: B sees it, in English, without anything stored
    // keystroke by keystroke, as a person types: a single input event gave the typing hint one
    // chance only
    desk.getByTestId("composer")
        .pressSequentially("还有一件事", new Locator.PressSequentiallyOptions().setDelay(400));
    assertThat(phone.getByTestId("typing")).hasText(aName + " is typing…");
    Browsers.screenshot(phone, "chat-phone-typing-en");

    // a permalink opens the conversation at that message, highlighted
    String seq = mine.getAttribute("data-seq");
    phone.navigate("/messages/" + direct + "/" + seq);
    assertThat(phone.locator("[data-testid=message][data-highlighted]")).containsText("请看一下这份报告");
  }
}
