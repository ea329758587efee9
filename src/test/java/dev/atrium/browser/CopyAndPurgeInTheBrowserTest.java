package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An editor at a desk, in Chinese, copies a page with the pages below it and puts another in the
 * trash, which she cannot empty; the space's administrator, on a phone in English, deletes it from
 * the trash for good.
 */
@IntegrationTest
class CopyAndPurgeInTheBrowserTest extends DeskAndPhoneTest {

  private static Locator node(Page browser, String title) {
    return browser.getByTestId("page-node").filter(new Locator.FilterOptions().setHasText(title));
  }

  @Test
  void anEditorCopiesAPageWithItsChildrenAndTheAdministratorPurgesTheTrash() {
    colleagues("林雪", "Noah Grant");
    String space = "资料 " + suffix;
    String spaceId = b.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", space))
        .body()
        .path("id")
        .asString();
    b.api()
        .put(
            "/api/v1/spaces/" + spaceId + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", b.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", a.id(), "role", "EDIT"))));
    String manual = b.api()
        .post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "手册"))
        .body()
        .path("id")
        .asString();
    b.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "安装", "parentId", manual));
    b.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "升级", "parentId", manual));
    b.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "旧页"));

    openDesk();
    desk.getByTestId("rail-docs").click();
    desk.getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    node(desk, "手册").first().getByTestId("page-node-menu").click();
    desk.getByTestId("page-copy").click();
    Locator dialog = desk.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByTestId("page-copy-title")).hasValue("手册（副本）");
    assertThat(dialog).containsText("包括其下 2 个子页面");
    assertThat(dialog.getByTestId("page-copy-children")).isChecked();
    dialog.getByTestId("page-copy-confirm").click();
    assertThat(desk.getByTestId("page-title")).hasText("手册（副本）");
    // the copy is open, so its subtree shows; unfold the original beside it
    assertThat(node(desk, "安装")).hasCount(1);
    // the tree is refetched after the copy, which may fold the original again under a click
    Locator folded = desk.locator(".ant-tree-treenode")
        .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^手册$")))
        .locator(".ant-tree-switcher_close");
    for (int tries = 0; tries < 10 && node(desk, "安装").count() < 2; tries++) {
      if (folded.count() == 1) {
        folded.click();
      }
      desk.waitForTimeout(300);
    }
    assertThat(node(desk, "安装")).hasCount(2);
    assertThat(node(desk, "升级")).hasCount(2);
    assertThat(desk.getByTestId("space-settings-link")).hasCount(0);

    node(desk, "旧页").getByTestId("page-node-menu").click();
    // the copy's menu stays in the page, hidden
    desk.locator("[data-testid=page-trash] >> visible=true").click();
    desk.getByTestId("page-trash-confirm").click();
    assertThat(node(desk, "旧页")).hasCount(0);
    desk.getByTestId("trash-link").click();
    assertThat(desk.getByTestId("trashed-page")).containsText("旧页");
    assertThat(desk.getByTestId("page-restore")).isVisible();
    assertThat(desk.getByTestId("page-purge")).hasCount(0);
    assertThat(desk.getByTestId("trash-empty")).hasCount(0);

    openPhone();
    phone.getByTestId("rail-docs").click();
    phone
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    phone.getByTestId("trash-link").click();
    Locator trashed =
        phone.getByTestId("trashed-page").filter(new Locator.FilterOptions().setHasText("旧页"));
    assertThat(trashed.getByTestId("page-purge")).isVisible();
    Browsers.screenshot(phone, "docs-phone-trash-en");
    trashed.getByTestId("page-purge").click();
    assertThat(phone.getByRole(AriaRole.DIALOG)).containsText("cannot be restored");
    phone.getByTestId("trash-purge-confirm").click();
    assertThat(phone.getByTestId("trash-view")).containsText("The trash is empty");

    phone.getByTestId("pane-back").click();
    phone.getByTestId("space-settings-link").click();
    assertThat(phone.getByTestId("space-grant")).hasCount(2);
    assertThat(phone
            .getByTestId("space-grant")
            .filter(new Locator.FilterOptions().setHasText(aName))
            .getByTestId("space-grant-role"))
        .containsText("can edit");
    Browsers.screenshot(phone, "docs-phone-space-settings-en");

    desk.reload();
    assertThat(desk.getByTestId("trash-view")).containsText("回收站是空的");
  }
}
