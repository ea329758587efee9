package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * A person keeps pages in a space of their own: they open a project space, start a page from a
 * template, nest a page under it, star it, and bring it back from the trash; a colleague on a
 * phone, in English, opens their personal space.
 */
@IntegrationTest
class PageTreeInTheBrowserTest extends DeskAndPhoneTest {

  private Locator node(String title) {
    return desk.getByTestId("page-node").filter(new Locator.FilterOptions().setHasText(title));
  }

  @Test
  void aSpaceGrowsAPageTreeFromATemplateAndGetsAPageBackFromTheTrash() {
    colleagues("李娜", "Chris Young");
    openDesk();
    desk.getByTestId("rail-docs").click();
    desk.getByTestId("space-new").click();
    Locator dialog = desk.getByRole(AriaRole.DIALOG);
    dialog.getByTestId("space-name").fill("数据平台 " + suffix);
    dialog.getByTestId("space-create").click();
    assertThat(desk.getByTestId("space-title")).hasText("数据平台 " + suffix);

    desk.getByTestId("page-new").click();
    dialog = desk.getByRole(AriaRole.DIALOG);
    dialog.getByTestId("page-title-input").fill("周会 11-25");
    dialog
        .getByTestId("template-choice")
        .filter(new Locator.FilterOptions().setHasText("会议纪要"))
        .click();
    Browsers.screenshot(desk, "docs-desktop-new-page-zh-CN");
    dialog.getByTestId("page-create").click();
    assertThat(desk.getByTestId("page-title")).hasText("周会 11-25");
    // the template's Markdown becomes the page's first content
    assertThat(desk.getByTestId("doc-editor").locator("h1")).hasText("会议纪要");
    assertThat(desk.getByTestId("doc-editor").locator("h2").first()).hasText("议程");

    node("周会 11-25").getByTestId("page-node-menu").click();
    desk.getByTestId("page-new-child").click();
    dialog = desk.getByRole(AriaRole.DIALOG);
    dialog.getByTestId("page-title-input").fill("行动项");
    dialog.getByTestId("page-create").click();
    assertThat(desk.getByTestId("page-title")).hasText("行动项");
    assertThat(desk.getByTestId("page-breadcrumbs")).containsText("周会 11-25");
    desk.getByTestId("page-favourite").click();
    assertThat(desk.getByTestId("page-favourite")).hasAttribute("aria-pressed", "true");
    Browsers.screenshot(desk, "docs-desktop-tree-zh-CN");

    node("周会 11-25").getByTestId("page-node-menu").click();
    desk.getByTestId("page-trash").click();
    desk.getByTestId("page-trash-confirm").click();
    assertThat(node("周会 11-25")).hasCount(0);
    desk.getByTestId("trash-link").click();
    Locator trashed =
        desk.getByTestId("trashed-page").filter(new Locator.FilterOptions().setHasText("周会 11-25"));
    assertThat(trashed).containsText("共 2 个页面");
    trashed.getByTestId("page-restore").click();
    assertThat(desk.getByTestId("page-title")).hasText("周会 11-25");
    assertThat(node("行动项")).isVisible();

    desk.getByTestId("docs-home-link").click();
    assertThat(desk.getByTestId("favourite-pages")).containsText("行动项");
    assertThat(desk.getByTestId("recent-pages")).containsText("周会 11-25");
    Browsers.screenshot(desk, "docs-desktop-home-zh-CN");

    openPhone();
    phone.getByTestId("rail-docs").click();
    phone.getByTestId("space-new").click();
    Locator phoneDialog = phone.getByRole(AriaRole.DIALOG);
    phoneDialog.getByText("Personal").click();
    phoneDialog.getByTestId("space-create").click();
    assertThat(phone.getByTestId("space-title")).hasText(bName);
    phone.getByTestId("page-new").click();
    phoneDialog = phone.getByRole(AriaRole.DIALOG);
    phoneDialog.getByTestId("page-title-input").fill("Reading list");
    phoneDialog.getByTestId("page-create").click();
    assertThat(phone.getByTestId("page-title")).hasText("Reading list");
    assertThat(phone.getByTestId("doc-toolbar")).isVisible();
    Browsers.screenshot(phone, "docs-phone-page-en");
    phone.getByTestId("pane-back").click();
    assertThat(phone.getByTestId("page-tree")).containsText("Reading list");
    Browsers.screenshot(phone, "docs-phone-tree-en");
  }
}
