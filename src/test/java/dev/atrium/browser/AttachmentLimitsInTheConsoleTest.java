package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator lowers the attachment size limit in the console's settings. */
@IntegrationTest
class AttachmentLimitsInTheConsoleTest {

  @LocalServerPort
  int port;

  private Page administrator;

  @AfterEach
  void closeBrowser() {
    Browsers.close(administrator);
  }

  @Test
  void theAdministratorLowersTheSizeLimit() {
    Api adminApi = People.admin(port);
    adminApi.patch("/api/v1/me/preferences", Map.of("locale", "en"));
    var before = adminApi.get("/api/v1/admin/attachment-limits").body();
    try {
      administrator = Browsers.desktop(port, "en");
      SignInScreen.signIn(administrator, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
      administrator.getByTestId("rail-admin").click();
      administrator.navigate("/admin/settings");
      var section = administrator.getByTestId("attachment-settings");
      assertThat(section).containsText("Attachments");
      assertThat(section).containsText("exe");
      section.getByLabel("Largest file").fill("50");
      section.getByTestId("attachment-settings-save").click();
      assertThat(administrator.getByText("Attachment settings saved")).isVisible();
      Browsers.screenshot(administrator, "attachment-limits-desktop-en");

      assertThat(adminApi.get("/api/v1/files/limits").body().path("maxBytes").asLong())
          .isEqualTo(50L * 1024 * 1024);
    } finally {
      adminApi.put(
          "/api/v1/admin/attachment-limits",
          Map.of(
              "maxBytes",
              before.path("maxBytes").asLong(),
              "blockedExtensions",
              before.path("blockedExtensions"),
              "blockedContentTypes",
              before.path("blockedContentTypes")));
    }
  }
}
