package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A colleague's profile card, reached from a message's author or the directory, has a button that
 * opens the direct conversation with them, at a desktop and on a 360 px phone; one's own card has none.
 */
@IntegrationTest
class SendMessageFromAProfileTest {

  @LocalServerPort
  int port;

  private Page page;

  @AfterEach
  void closeBrowser() {
    Browsers.close(page);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theAuthorOfAMessageIsOneClickFromAConversation(Language language) {
    Api admin = People.admin(port);
    String colleagueName = "王同事" + UUID.randomUUID().toString().substring(0, 4);
    People.Person colleague = People.create(port, admin, colleagueName);
    People.Person reader = People.create(port, admin, "读者");
    String room = "room-" + UUID.randomUUID().toString().substring(0, 6);
    UUID channel = UUID.fromString(colleague
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", room))
        .body()
        .path("id")
        .asString());
    colleague
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "欢迎！"));
    reader.api().post("/api/v1/channels/" + channel + "/join", null);

    page = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(page, reader.email(), People.PASSWORD);
    assertThat(page.getByTestId("rail-messages")).isVisible();
    page.navigate("/messages/" + channel);
    page.getByTestId("message-author")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(colleagueName))
        .click();
    assertThat(page.getByTestId("person-card")).containsText(colleagueName);
    assertThat(page.getByTestId("send-message"))
        .hasText(language == Language.CHINESE ? "发消息" : "Send message");
    FirstDayChannelsInTheBrowserTest.screenshot(page, "profile-card-1280-" + language.locale);
    page.getByTestId("send-message").click();
    assertThat(page).hasURL(Pattern.compile("/messages/[0-9a-f-]{36}$"));
    assertThat(page.getByTestId("conversation-title")).hasText(colleagueName);

    page.navigate("/directory/people/" + reader.id());
    assertThat(page.getByTestId("person-card")).containsText("读者");
    assertThat(page.getByTestId("send-message")).hasCount(0);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void onAPhoneTheDirectoryCardOpensTheConversation(Language language) {
    Api admin = People.admin(port);
    String colleagueName = "李同事" + UUID.randomUUID().toString().substring(0, 4);
    People.Person colleague = People.create(port, admin, colleagueName);
    People.Person reader = People.create(port, admin, "手机读者");

    page = Browsers.phone(port, language.locale);
    page.setViewportSize(360, 780);
    SignInScreen.signIn(page, reader.email(), People.PASSWORD);
    assertThat(page.getByTestId("bottom-tabs")).isVisible();
    page.navigate("/directory/people/" + colleague.id());
    assertThat(page.getByTestId("send-message")).isInViewport();
    FirstDayChannelsInTheBrowserTest.screenshot(page, "profile-card-360-" + language.locale);
    page.getByTestId("send-message").click();
    assertThat(page.getByTestId("conversation-title")).hasText(colleagueName);
    page.getByTestId("composer").fill("你好");
    page.getByTestId("composer").press("Enter");
    assertThat(page.getByTestId("message-body")).hasText("你好");
  }
}
