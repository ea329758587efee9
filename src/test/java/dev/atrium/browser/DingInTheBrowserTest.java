package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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
 * One person DINGs another from their message at a desk in English; the other, on a 360 px phone
 * in Chinese, sees the alert pop over the app at once, taps "知道了", and the alert goes, while the
 * sender watches them acknowledge it.
 */
@IntegrationTest
class DingInTheBrowserTest {

  @LocalServerPort
  int port;

  Page desk;
  Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  @Test
  void aDingFromAMessagePopsUpOnTheirPhoneUntilTheyAcknowledgeIt() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String senderName = "Amy Lee " + suffix;
    String recipientName = "张伟 " + suffix;
    People.Person sender = People.create(port, admin, senderName);
    People.Person recipient = People.create(port, admin, recipientName);
    sender.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    recipient.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    var created =
        sender.api().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "ops " + suffix));
    UUID channel = UUID.fromString(created.body().path("id").asString());
    String channelName = created.body().path("name").asString();
    recipient.api().post("/api/v1/channels/" + channel + "/join", null);
    String text = "The payment gateway is down, please call me " + suffix;
    sender
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", text));

    phone = Browsers.touchPhone(port, "zh-CN");
    SignInScreen.signIn(phone, recipient.email(), People.PASSWORD);
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    assertThat(phone.getByTestId("ding-alert-content")).hasCount(0);

    desk = Browsers.desktop(port, "en");
    SignInScreen.signIn(desk, sender.email(), People.PASSWORD);
    desk.getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(channelName))
        .click();
    Locator message = desk.getByTestId("conversation")
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText(text));
    message.hover();
    message.getByTestId("message-menu").click();
    desk.getByTestId("message-ding").click();
    desk.getByTestId("ding-people").click();
    desk.locator(".ant-select-dropdown:visible").getByText(recipientName).click();
    // a multiple choice stays open: clicking the dialog's title closes it off the send button
    desk.getByText("DING members").click();
    Browsers.screenshot(desk, "ding-pick-desk-en");
    desk.getByTestId("ding-send").click();
    Locator status = desk.getByTestId("ding-status");
    assertThat(status).containsText("DING sent to 1 person");
    assertThat(status.getByTestId("ding-recipient")).containsText(recipientName);
    assertThat(status.getByTestId("ding-recipient")).containsText("Not yet");

    Locator alert = phone.getByTestId("ding-alert-content");
    assertThat(alert).isVisible();
    assertThat(alert.getByTestId("ding-alert-sender")).hasText(senderName + " 给你发了一条 DING");
    assertThat(alert.getByTestId("ding-alert-text")).hasText(text);
    assertThat(alert.getByTestId("ding-open")).hasText("查看");
    BoundingBox box = alert.boundingBox();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).as("the alert fits a 360 px screen").isLessThanOrEqualTo(360);
    Browsers.screenshot(phone, "ding-alert-phone-zh-CN");

    alert.getByTestId("ding-got-it").tap();
    assertThat(alert).hasCount(0);
    assertThat(status.getByTestId("ding-recipient-acknowledged")).hasText("Acknowledged");
    Browsers.screenshot(desk, "ding-acknowledged-desk-en");
    Browsers.screenshot(phone, "ding-gone-phone-zh-CN");
    assertThat(recipient.api().get("/api/v1/dings").body().size()).isZero();
  }
}
