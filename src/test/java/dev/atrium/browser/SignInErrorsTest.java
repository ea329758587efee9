package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Failed sign-ins are explained in the person's language, including how long to wait when throttled. */
@IntegrationTest
class SignInErrorsTest {

  @LocalServerPort
  int port;

  private Page page;

  @AfterEach
  void closeBrowser() {
    Browsers.close(page);
  }

  @Test
  void wrongPasswordIsExplainedInChinese() {
    var person = People.create(port, People.admin(port), "输错密码的人");
    page = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(page, person.email(), "not-the-password-1");
    assertThat(page.getByRole(AriaRole.ALERT)).hasText("邮箱或密码错误。");
    assertThat(page.getByTestId("signin-email")).isVisible();
  }

  @Test
  void throttledAccountIsToldHowLongToWait() {
    var person = People.create(port, People.admin(port), "被限制的人");
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(
              new Api(port).signIn(person.email(), "wrong-password-" + attempt).status())
          .isEqualTo(401);
    }
    page = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(page, person.email(), People.PASSWORD);
    assertThat(page.getByRole(AriaRole.ALERT))
        .hasText(Pattern.compile("尝试次数过多，请 \\d+ (分钟|分 \\d+ 秒) 后再试。"));
  }
}
