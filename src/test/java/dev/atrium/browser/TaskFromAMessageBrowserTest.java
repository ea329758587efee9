package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * Issue #16's browser test: in a conversation at a 1280 px desk in English, a person turns a
 * message into a task for a colleague; the colleague, on a 360 px phone in Chinese, finds it in My
 * tasks and completes it; the task's card in the conversation turns done on the desk, live.
 */
@IntegrationTest
class TaskFromAMessageBrowserTest {

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
  void aMessageBecomesAColleaguesTaskWhoseCardTurnsDoneWhenTheyCompleteIt() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person lead = People.create(port, admin, "Amy Lee " + suffix);
    String colleagueName = "张伟 " + suffix;
    People.Person colleague = People.create(port, admin, colleagueName);
    lead.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    colleague.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    var created =
        lead.api().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "ops " + suffix));
    UUID channel = UUID.fromString(created.body().path("id").asString());
    String channelName = created.body().path("name").asString();
    colleague.api().post("/api/v1/channels/" + channel + "/join", null);
    String text = "Renew the TLS certificate before Friday " + suffix;
    lead.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", text));

    desk = Browsers.desktop(port, "en");
    SignInScreen.signIn(desk, lead.email(), People.PASSWORD);
    desk.getByTestId("channel-item")
        .filter(new Locator.FilterOptions().setHasText(channelName))
        .click();
    Locator message = desk.getByTestId("conversation")
        .getByTestId("message")
        .filter(new Locator.FilterOptions().setHasText(text));
    message.hover();
    message.getByTestId("message-menu").click();
    desk.getByTestId("message-create-task").click();
    // the title comes from the message
    assertThat(desk.getByTestId("task-from-message-title")).hasValue(text);
    desk.getByTestId("task-from-message-assignee").click();
    desk.keyboard().type("张伟 " + suffix);
    desk.locator(".ant-select-dropdown:visible").getByText(colleagueName).click();
    desk.getByText("Create a task from this message").click();
    Browsers.screenshot(desk, "task-from-message-form-en-1280");
    desk.getByTestId("task-from-message-submit").click();

    // the card answers the message in the conversation, open, for the colleague
    Locator card = desk.getByTestId("conversation")
        .getByTestId("link-card")
        .filter(new Locator.FilterOptions().setHasText(text));
    assertThat(card).hasAttribute("data-kind", "task");
    assertThat(card.getByTestId("link-card-state")).hasAttribute("data-state", "OPEN");
    assertThat(card).containsText(colleagueName);
    Browsers.screenshot(desk, "task-card-open-en-1280");

    phone = Browsers.touchPhone(port, "zh-CN");
    SignInScreen.signIn(phone, colleague.email(), People.PASSWORD);
    phone.getByTestId("rail-tasks").click();
    Locator mine = phone.getByTestId("my-tasks");
    assertThat(mine).isVisible();
    Locator row = mine.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(text));
    assertThat(row).isVisible();
    assertThat(row.boundingBox().x + row.boundingBox().width)
        .as("the row fits a 360 px screen")
        .isLessThanOrEqualTo(360);
    Browsers.screenshot(phone, "task-from-message-my-tasks-zh-CN-360");
    row.getByTestId("task-complete").tap();

    // the desk is told through the channel's stream and fetches the card again
    assertThat(card.getByTestId("link-card-state")).hasAttribute("data-state", "DONE");
    assertThat(card.getByTestId("link-card-state")).hasText("Done");
    Browsers.screenshot(desk, "task-card-done-en-1280");
  }
}
