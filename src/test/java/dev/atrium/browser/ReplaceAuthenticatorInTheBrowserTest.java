package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.auth.internal.Totp;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person with a new phone replaces their authenticator: the account page asks for their password
 * first (a wrong one is refused), then enrols the new app; the password form offers to keep API tokens.
 */
@IntegrationTest
class ReplaceAuthenticatorInTheBrowserTest {

  @LocalServerPort
  int port;

  private Page page;

  @AfterEach
  void closeBrowser() {
    Browsers.close(page);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void replacingTheAuthenticatorAsksForThePassword(Language language) {
    boolean chinese = language == Language.CHINESE;
    var person = People.create(port, People.admin(port), chinese ? "换手机的人" : "New Phone");
    page = Browsers.desktop(port, language.locale);
    SignInScreen.signIn(page, person.email(), People.PASSWORD);
    page.getByTestId("rail-account").click();
    assertThat(page.getByRole(
            AriaRole.CHECKBOX,
            new Page.GetByRoleOptions()
                .setName(chinese ? "保留我的 API 令牌" : "Keep my API tokens working")))
        .not()
        .isChecked();

    enrol();
    page.getByTestId("totp-replace").click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText(chinese ? "输入密码以设置新的身份验证器应用" : "Confirm with your password");
    // by test id: antd keeps the spinner (named "loading") in the button while it fades, so its
    // name lags
    Locator proceed = dialog.getByTestId("totp-replace-continue");
    dialog.getByTestId("field-password").fill("not-my-password-1");
    proceed.click();
    assertThat(dialog).containsText(chinese ? "邮箱或密码错误。" : "E-mail or password is wrong.");

    dialog.getByTestId("field-password").fill(People.PASSWORD);
    proceed.click();
    enrolShown();
    assertThat(page.getByText(language.mfaOn, new Page.GetByTextOptions().setExact(true)))
        .isVisible();
  }

  private void enrol() {
    page.getByTestId("totp-start").click();
    enrolShown();
  }

  /** Types a code from the secret on screen, then puts the recovery codes away. */
  private void enrolShown() {
    String secret = page.getByTestId("totp-secret").innerText().strip();
    page.getByTestId("totp-code").fill(Totp.code(secret, Totp.step(Instant.now())));
    page.getByTestId("totp-confirm").click();
    assertThat(page.getByTestId("recovery-codes").locator("li")).hasCount(10);
    page.getByTestId("recovery-done").click();
    assertThat(page.getByTestId("totp-replace")).isVisible();
  }
}
