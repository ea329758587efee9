package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.atrium.support.Eventually.eventually;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.smtp.MailSettings;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.OutsideMail;
import dev.atrium.support.OutsideMessage;
import dev.atrium.support.People;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A colleague at a desk (English, 1280 px) writes a mail with an attachment to a colleague and to an
 * outside address; the colleague reads it on a 360 px touch phone (Chinese) and replies; the reply
 * arrives on the desk without a reload, and the outside server (GreenMail) got a standard message.
 */
@IntegrationTest
class MailInTheBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  MailSettings settings;

  Page desk;
  Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  @Test
  void aMailWithAnAttachmentIsReadOnAPhoneAndTheReplyArrivesLive() throws Exception {
    OutsideMail.up(settings);
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person a = People.create(port, admin, "Alex Morgan " + suffix);
    People.Person b = People.create(port, admin, "王芳 " + suffix);
    a.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    b.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    // B's mailbox is made on first use; its address is what A writes to
    String bAddress =
        b.api().get("/api/v1/mail/mailboxes").body().get(0).get("address").asText();
    String aAddress =
        a.api().get("/api/v1/mail/mailboxes").body().get(0).get("address").asText();
    String outside = "partner-" + suffix + "@outside.example";
    String subject = "Quarterly plan " + suffix;

    desk = Browsers.desktop(port, "en");
    SignInScreen.signIn(desk, a.email(), People.PASSWORD);
    desk.getByTestId("rail-mail").click();
    assertThat(desk.getByTestId("mail-folder-INBOX")).containsText("Inbox");
    desk.getByTestId("mail-compose").click();
    Locator to = desk.getByTestId("mail-to");
    to.click();
    desk.keyboard().type(bAddress);
    desk.keyboard().press("Enter");
    assertThat(to).containsText(bAddress);
    desk.keyboard().type(outside);
    desk.keyboard().press("Enter");
    assertThat(to).containsText(outside);
    desk.getByTestId("mail-compose-subject").fill(subject);
    desk.getByTestId("mail-compose-body").click();
    desk.keyboard().type("Here is the plan for next quarter.");
    desk.getByTestId("mail-attach-input")
        .setInputFiles(
            new FilePayload("季度计划.txt", "text/plain", "plan".getBytes(StandardCharsets.UTF_8)));
    assertThat(desk.getByTestId("mail-compose-attachments")).containsText("季度计划.txt");
    assertThat(desk.getByTestId("mail-save-state")).hasText("Draft saved");
    Browsers.screenshot(desk, "mail-compose-desktop-en");
    desk.getByTestId("mail-send").click();
    assertThat(desk.getByTestId("mail-compose-form")).hasCount(0);

    phone = Browsers.touchPhone(port, "zh-CN");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
    phone.getByTestId("tab-me").tap();
    phone.getByTestId("me-mail").tap();
    Locator thread =
        phone.getByTestId("mail-thread").filter(new Locator.FilterOptions().setHasText(subject));
    assertThat(thread).hasAttribute("data-unread", "true");
    Browsers.screenshot(phone, "mail-inbox-phone-zh-CN");
    thread.tap();
    assertThat(phone.getByTestId("mail-subject")).hasText(subject);
    assertThat(phone.getByTestId("mail-attachments")).containsText("季度计划.txt");
    bodyShows(phone, 0, "Here is the plan for next quarter.");
    assertThat(phone.getByTestId("mail-external")).hasCount(0);
    Browsers.screenshot(phone, "mail-conversation-phone-zh-CN");
    phone.getByTestId("mail-reply").tap();
    phone.getByTestId("mail-compose-body").click();
    phone.keyboard().type("收到，谢谢！");
    Browsers.screenshot(phone, "mail-reply-phone-zh-CN");
    phone.getByTestId("mail-send").tap();
    assertThat(phone.getByTestId("mail-compose-form")).hasCount(0);

    // the desk has been on its inbox all along: the reply comes in over the socket
    Locator reply =
        desk.getByTestId("mail-thread").filter(new Locator.FilterOptions().setHasText(subject));
    assertThat(reply).hasAttribute("data-unread", "true");
    reply.click();
    assertThat(desk.getByTestId("mail-message")).hasCount(2);
    bodyShows(desk, 1, "收到，谢谢！");
    Browsers.screenshot(desk, "mail-reply-arrived-desktop-en");

    // the outside address got the same mail through the relay, as any mail program reads it
    MimeMessage out =
        eventually(() -> OutsideMail.receivedBy(outside), l -> !l.isEmpty(), 30).getFirst();
    OutsideMessage.assertStandard(out, subject, aAddress, "Here is the plan for next quarter.");
    OutsideMessage.assertAttachment(out, "季度计划.txt", "plan");
  }

  @Test
  void aMailSharedToAChannelShowsThereAsACard() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person a = People.create(port, admin, "Sam Carter " + suffix);
    People.Person b = People.create(port, admin, "李娜 " + suffix);
    a.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    String bAddress =
        b.api().get("/api/v1/mail/mailboxes").body().get(0).get("address").asText();
    String mailbox =
        a.api().get("/api/v1/mail/mailboxes").body().get(0).get("id").asText();
    String subject = "Supplier contract " + suffix;
    String draft = a.api()
        .post(
            "/api/v1/mail/mailboxes/" + mailbox + "/drafts",
            Map.of(
                "to",
                List.of(Map.of("address", bAddress)),
                "subject",
                subject,
                "body",
                Map.of(
                    "type",
                    "doc",
                    "content",
                    List.of(Map.of(
                        "type",
                        "paragraph",
                        "content",
                        List.of(Map.of("type", "text", "text", "Signed copy attached.")))))))
        .body()
        .path("id")
        .asText();
    String sent = a.api()
        .post("/api/v1/mail/drafts/" + draft + "/send", Map.of())
        .body()
        .path("id")
        .asText();
    var channel =
        a.api().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "legal " + suffix));
    String channelId = channel.body().path("id").asText();
    // the conversation toolbar's "Share to chat" is not wired yet: the share goes through the API
    var shared = a.api()
        .post(
            "/api/v1/mail/messages/" + sent + "/share",
            Map.of("channelId", channelId, "note", "For the record"));
    org.assertj.core.api.Assertions.assertThat(shared.status())
        .as("%s", shared.body())
        .isEqualTo(201);

    desk = Browsers.desktop(port, "en");
    SignInScreen.signIn(desk, a.email(), People.PASSWORD);
    desk.getByTestId("channel-item")
        .filter(
            new Locator.FilterOptions().setHasText(channel.body().path("name").asText()))
        .click();
    Locator card = desk.getByTestId("conversation")
        .getByTestId("link-card")
        .filter(new Locator.FilterOptions().setHasText(subject));
    assertThat(card).hasAttribute("data-kind", "mail");
    assertThat(card).containsText("Signed copy attached.");
    Browsers.screenshot(desk, "mail-shared-card-desktop-en");
  }

  /** Waits until the n-th message's body shows the text: HTML inside its script-free frame, or plain text. */
  private static void bodyShows(Page page, int index, String text) {
    page.waitForFunction("""
        ([index, text]) => {
          const body = document.querySelectorAll('[data-testid=mail-body]')[index];
          const frame = body?.querySelector('iframe');
          const shown = frame ? frame.contentDocument?.body?.innerText : body?.innerText;
          return (shown ?? '').includes(text);
        }""", List.of(index, text));
  }
}
