package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator picks a channel for new people in the console; a newcomer's first sign-in on a
 * 360 px phone shows the company channel, their department's channel and that channel, and the
 * company channel offers no way out.
 */
@IntegrationTest
class FirstDayChannelsInTheBrowserTest {

  @LocalServerPort
  int port;

  private Page administrator;
  private Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(administrator);
    Browsers.close(phone);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aNewcomerFindsTheirChannelsOnTheFirstSignIn(Language language) {
    Api admin = People.admin(port);
    admin.patch("/api/v1/me/preferences", Map.of("locale", language.locale));
    String companyName = companyName(admin);
    String team = "入职组-" + UUID.randomUUID().toString().substring(0, 6);
    UUID teamId = UUID.fromString(admin
        .post("/api/v1/departments", Map.of("name", team, "parentId", People.rootDepartment(admin)))
        .body()
        .path("id")
        .asString());
    String welcome = "welcome-" + UUID.randomUUID().toString().substring(0, 6);
    admin.post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", welcome));
    try {
      administrator = Browsers.desktop(port, language.locale);
      SignInScreen.signIn(administrator, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
      assertThat(administrator.getByTestId("rail-admin")).isVisible();
      administrator.navigate("/admin/settings");
      Locator settings = administrator.getByTestId("default-channels-settings");
      assertThat(settings)
          .containsText(language == Language.CHINESE ? "新成员默认频道" : "Channels for new people");
      settings.getByTestId("field-defaultChannels").click();
      administrator.keyboard().type(welcome);
      administrator
          .locator(".ant-select-item-option")
          .filter(new Locator.FilterOptions().setHasText(welcome))
          .click();
      settings.getByTestId("default-channels-save").click();
      assertThat(administrator
              .getByText(language == Language.CHINESE ? "已保存" : "Saved")
              .first())
          .isVisible();
      screenshot(administrator, "first-day-console-1280-" + language.locale);

      People.Person newcomer = People.create(port, admin, "新同事", teamId);
      phone = Browsers.phone(port, language.locale);
      phone.setViewportSize(360, 780);
      SignInScreen.signIn(phone, newcomer.email(), People.PASSWORD);
      Locator rooms = phone.getByTestId("channel-item");
      assertThat(rooms.filter(new Locator.FilterOptions().setHasText(companyName)))
          .isVisible();
      assertThat(rooms.filter(new Locator.FilterOptions().setHasText(team))).isVisible();
      assertThat(rooms.filter(new Locator.FilterOptions().setHasText(welcome))).isVisible();
      // the company channel heads the list
      assertThat(
              phone.getByTestId("section-channels").getByTestId("channel-item").first())
          .containsText(companyName);
      screenshot(phone, "first-day-list-360-" + language.locale);

      rooms.filter(new Locator.FilterOptions().setHasText(companyName)).click();
      assertThat(phone.getByTestId("conversation-title")).containsText(companyName);
      phone.getByTestId("conversation-settings").click();
      Locator drawer = phone.getByTestId("channel-drawer");
      assertThat(drawer)
          .isInViewport(
              new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions()
                  .setRatio(1));
      assertThat(drawer)
          .containsText(
              language == Language.CHINESE ? "成员随组织架构中的部门自动变化" : "Members follow the department");
      assertThat(drawer.getByTestId("settings-leave")).hasCount(0);
      screenshot(phone, "first-day-company-360-" + language.locale);
    } finally {
      admin.put("/api/v1/admin/default-channels", Map.of("channelIds", List.of()));
    }
  }

  private static String companyName(Api admin) {
    for (var department : admin.get("/api/v1/departments").body()) {
      if (department.path("parentId").isMissingNode()
          || department.path("parentId").isNull()) {
        return department.path("name").asString();
      }
    }
    throw new IllegalStateException("No root department");
  }

  static void screenshot(Page page, String name) {
    Browsers.screenshot(page, name);
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(java.nio.file.Path.of("/tmp/polish-a-" + name + ".png"))
        .setFullPage(true));
  }
}
