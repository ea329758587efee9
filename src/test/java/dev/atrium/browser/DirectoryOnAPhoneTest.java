package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a phone the directory (reached from Me) is one pane at a time under a bottom tab bar, and pinyin initials find Chinese names. */
@IntegrationTest
class DirectoryOnAPhoneTest {

  @LocalServerPort
  int port;

  private Page phone;

  @AfterEach
  void closeBrowser() {
    Browsers.close(phone);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void colleagueIsFoundByPinyinInitialsAndShownFullScreen(Language language) {
    Api admin = People.admin(port);
    String team = "移动组-" + UUID.randomUUID().toString().substring(0, 6);
    var created = admin.post(
        "/api/v1/departments", Map.of("name", team, "parentId", People.rootDepartment(admin)));
    UUID teamId = UUID.fromString(created.body().path("id").asString());
    People.create(port, admin, "张三", teamId);
    var reader = People.create(port, admin, "Phone Reader");

    phone = Browsers.phone(port, language.locale);
    SignInScreen.signIn(phone, reader.email(), People.PASSWORD);
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    assertThat(phone.getByTestId("module-rail")).hasCount(0);
    // five tabs leave no room for the directory: it is on the Me screen
    phone.getByTestId("tab-me").click();
    assertThat(phone.getByTestId("me-directory")).containsText(language.directory);
    phone.getByTestId("me-directory").click();

    phone.getByTestId("directory-search").locator("input").fill("zs");
    assertThat(phone.getByText(language.searchResults)).isVisible();
    phone
        .getByTestId("person-item")
        .filter(new Locator.FilterOptions().setHasText(team))
        .click();

    Locator card = phone.getByTestId("person-card");
    assertThat(card).containsText("张三");
    assertThat(card).containsText(team);
    assertThat(phone.getByTestId("directory-search")).isHidden();
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    Browsers.screenshot(phone, "directory-phone-" + language.locale);
  }
}
