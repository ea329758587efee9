package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.auth.internal.Totp;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first day of a new colleague, through the UI only: the administrator creates a department and
 * a person and hands over the one-time password; the colleague chooses a password, turns on
 * two-step verification and finds the administrator in the directory.
 */
@IntegrationTest
class AdministratorOnboardsAColleagueTest {

  @LocalServerPort
  int port;

  private Page administrator;
  private Page colleague;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(administrator);
    Browsers.close(colleague);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void administratorCreatesAColleagueWhoSignsInSecuresTheAccountAndFindsTheAdministrator(
      Language language) {
    // An administrator who works in this language (saved on the server, applied at sign-in).
    Api adminApi = People.admin(port);
    adminApi.patch("/api/v1/me/preferences", Map.of("locale", language.locale));
    var adminPerson = adminApi.get("/api/v1/me").body().path("person");
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String department = (language == Language.CHINESE ? "质量部-" : "Quality-") + suffix;
    String name = (language == Language.CHINESE ? "陈静" : "Jane Chen") + " " + suffix;
    String email = People.uniqueEmail("onboard");

    administrator = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(administrator, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    administrator.getByTestId("rail-admin").click();
    assertThat(administrator.getByText(
            language.adminTitle, new Page.GetByTextOptions().setExact(true)))
        .isVisible();

    administrator.getByTestId("dept-create").click();
    Locator dialog = administrator.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText(language.newDepartment);
    dialog.getByTestId("field-name").fill(department);
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(language.save))
        .click();
    assertThat(administrator.getByTestId("dept-tree").getByText(department)).isVisible();

    administrator.getByTestId("admin-nav-people").click();
    administrator.getByTestId("person-create").click();
    dialog = administrator.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText(language.newPerson);
    dialog.getByTestId("field-name").fill(name);
    dialog.getByTestId("field-email").fill(email);
    dialog.getByTestId("field-primaryDepartmentId").click();
    administrator.keyboard().type(department);
    administrator
        .locator(".ant-select-dropdown")
        .getByText(department, new Locator.GetByTextOptions().setExact(true))
        .click();
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(language.create))
        .click();
    Locator shownPassword = dialog.getByTestId("initial-password");
    assertThat(shownPassword).isVisible();
    String initialPassword = shownPassword.innerText().strip();
    assertThat(initialPassword).isNotBlank();

    colleague = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(colleague, email, initialPassword);
    assertThat(colleague.getByText(language.choosePassword)).isVisible();
    String newPassword = "Fresh-start-" + suffix + "-42";
    colleague.getByTestId("password-current").fill(initialPassword);
    colleague.getByTestId("password-new").fill(newPassword);
    colleague.getByTestId("password-confirm").fill(newPassword);
    colleague.getByTestId("password-submit").click();

    colleague.getByTestId("rail-account").click();
    colleague.getByTestId("totp-start").click();
    String secret = colleague.getByTestId("totp-secret").innerText().strip();
    colleague.getByTestId("totp-code").fill(Totp.code(secret, Totp.step(Instant.now())));
    colleague.getByTestId("totp-confirm").click();
    assertThat(colleague.getByText(language.saveRecoveryCodes)).isVisible();
    assertThat(colleague.getByTestId("recovery-codes").locator("li")).hasCount(10);
    colleague.getByTestId("recovery-done").click();
    assertThat(colleague.getByText(language.mfaOn, new Page.GetByTextOptions().setExact(true)))
        .isVisible();

    colleague.getByTestId("rail-directory").click();
    assertThat(colleague.getByTestId("rail-directory")).hasAccessibleName(language.directory);
    colleague.getByTestId("directory-search").locator("input").fill("admin");
    assertThat(colleague.getByText(language.searchResults)).isVisible();
    String adminName = adminPerson.path("name").asString();
    colleague
        .getByTestId("person-item")
        .filter(new Locator.FilterOptions().setHasText(adminName))
        .first()
        .click();
    Locator card = colleague.getByTestId("person-card");
    assertThat(card).containsText(adminName);
    assertThat(card).containsText(adminPerson.path("departmentName").asString());
    assertThat(card).containsText(TestAccounts.ADMIN_EMAIL);
  }
}
