package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a new member noticed in the first hour, at 1280 px and 360 px: the directory's search box
 * over scrolling rows, the page toolbar on two lines beside the comments, a space's name cut short
 * with room to spare, and an English checkbox label in the Chinese editor.
 */
@IntegrationTest
class LayoutAtDeskAndPhoneWidthsTest extends DeskAndPhoneTest {

  private static final Pattern SIGNED_IN = Pattern.compile(".*/messages.*");

  private static final String STICKY_BACKGROUND = """
      (box) => {
        let node = box;
        while (node && getComputedStyle(node).position !== 'sticky') node = node.parentElement;
        return node ? getComputedStyle(node).backgroundColor : 'no sticky parent';
      }""";

  @Test
  void theDirectorysSearchBoxHidesTheRowsScrollingUnderIt() {
    colleagues("王芳", "Ben Miller");
    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, b.email(), dev.atrium.support.People.PASSWORD);
    assertThat(phone).hasURL(SIGNED_IN);
    phone.navigate("/directory");
    Locator search = phone.getByTestId("directory-search");
    assertThat(phone.getByTestId("person-item").first()).isVisible();
    assertThat((String) search.evaluate(STICKY_BACKGROUND))
        .isNotIn("rgba(0, 0, 0, 0)", "transparent", "no sticky parent");
    phone.mouse().wheel(0, 400);
    Browsers.screenshot(phone, "directory-scrolled-phone-en");
  }

  @Test
  void thePageToolbarStaysOnOneLineBesideTheCommentsAndOnAPhoneAndItsChecklistSpeaksChinese() {
    colleagues("王芳", "Ben Miller");
    String space = a.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "ui-研发知识库 " + suffix))
        .body()
        .path("id")
        .asString();
    a.api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                java.util.List.of(
                    Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                    Map.of("kind", "COMPANY", "role", "EDIT"))));
    String page = a.api()
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "周报"))
        .body()
        .path("id")
        .asString();
    String address = "/docs/spaces/" + space + "/pages/" + page;

    openDesk();
    assertThat(desk).hasURL(SIGNED_IN);
    desk.navigate(address);
    desk.getByTestId("doc-editor").click();
    desk.getByTestId("tool-tasks").click();
    desk.keyboard().type("买菜");
    assertThat(desk.getByTestId("doc-editor").locator("input[type=checkbox]"))
        .hasAttribute("aria-label", "待办事项：买菜");
    desk.getByTestId("page-comments-toggle").click();
    assertThat(desk.getByTestId("comments-panel")).isVisible();
    assertOneLine(desk);
    Browsers.screenshot(desk, "doc-toolbar-comments-desktop-zh-CN");

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, b.email(), dev.atrium.support.People.PASSWORD);
    assertThat(phone).hasURL(SIGNED_IN);
    phone.navigate(address);
    assertThat(phone.getByTestId("doc-editor").locator("input[type=checkbox]"))
        .hasAttribute("aria-label", "Checklist item: 买菜");
    assertOneLine(phone);
    Browsers.screenshot(phone, "doc-toolbar-phone-en");

    Page englishDesk = Browsers.desktop(port, "en");
    try {
      SignInScreen.signIn(englishDesk, b.email(), dev.atrium.support.People.PASSWORD);
      assertThat(englishDesk).hasURL(SIGNED_IN);
      englishDesk.navigate(address);
      Locator title = englishDesk.getByTestId("space-title");
      assertThat(title).hasText("ui-研发知识库 " + suffix);
      assertThat((Boolean) title.evaluate("(el) => el.scrollWidth <= el.clientWidth"))
          .as("the space's name is shown whole")
          .isTrue();
      Browsers.screenshot(englishDesk, "doc-space-name-desktop-en");
    } finally {
      Browsers.close(englishDesk);
    }
  }

  private static void assertOneLine(Page browser) {
    Locator toolbar = browser.getByTestId("doc-toolbar");
    double tool = browser.getByTestId("tool-bold").boundingBox().height;
    assertThat(toolbar.boundingBox().height).as("the toolbar's height").isLessThan(2 * tool);
  }
}
