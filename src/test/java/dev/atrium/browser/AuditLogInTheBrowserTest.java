package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit log names chat and doc actions in the reader's language, with readable details that fit
 * a 1280 px screen, and stays readable on a 360 px phone.
 */
@IntegrationTest
class AuditLogInTheBrowserTest {

  @LocalServerPort
  int port;

  private Page page;

  @AfterEach
  void closeBrowser() {
    Browsers.close(page);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void chatAndDocActionsReadAsSentences(Language language) {
    boolean chinese = language == Language.CHINESE;
    Api admin = People.admin(port);
    admin.patch("/api/v1/me/preferences", Map.of("locale", language.locale));
    String channel = "设计-" + UUID.randomUUID().toString().substring(0, 6);
    admin.post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", channel));
    String space = "手册-" + UUID.randomUUID().toString().substring(0, 6);
    admin.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", space));

    page = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(page, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    assertThat(page.getByTestId("rail-admin")).isVisible();
    page.navigate("/admin/audit");
    Locator table = page.getByTestId("audit-table");
    Locator channelRow =
        table.locator("tr").filter(new Locator.FilterOptions().setHasText(channel));
    assertThat(channelRow.getByTestId("audit-action-label"))
        .hasText(chinese ? "新建频道" : "Channel created");
    assertThat(channelRow.getByTestId("audit-target"))
        .hasText((chinese ? "频道" : "channel") + " #" + channel);
    assertThat(channelRow.getByTestId("audit-details"))
        .hasText(chinese ? "类型：公开频道" : "type: public channel");
    Locator spaceRow = table.locator("tr").filter(new Locator.FilterOptions().setHasText(space));
    assertThat(spaceRow.getByTestId("audit-action-label"))
        .hasText(chinese ? "新建空间" : "Space created");
    assertThat(spaceRow.getByTestId("audit-details"))
        .hasText(chinese ? "类型：项目空间" : "type: project space");
    assertThat(table).not().containsText("chat.channel.created");
    assertThat(table).not().containsText("doc.space.created");
    // the details are on screen, not cut off or scrolled out of the table
    var details = channelRow.getByTestId("audit-details").boundingBox();
    assertThat(details.x + details.width).isLessThanOrEqualTo(1280);
    FirstDayChannelsInTheBrowserTest.screenshot(page, "audit-1280-" + language.locale);

    page.setViewportSize(360, 780);
    assertThat(channelRow.getByTestId("audit-action-label")).isVisible();
    assertThat(channelRow).containsText("Administrator");
    assertThat(channelRow.getByTestId("audit-target"))
        .hasText((chinese ? "频道" : "channel") + " #" + channel);
    var target = channelRow.getByTestId("audit-target").boundingBox();
    assertThat(target.x + target.width)
        .as("the target is on screen, not cut off at the right")
        .isLessThanOrEqualTo(360);
    FirstDayChannelsInTheBrowserTest.screenshot(page, "audit-360-" + language.locale);
  }
}
