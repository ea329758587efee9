package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Browsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A space's administrator, at a desk in Chinese, restricts a page of a space the whole company
 * reads to one colleague: a reader on a phone, in English, no longer finds it or the page below
 * it, whose permissions show the restriction as inherited.
 */
@IntegrationTest
class PageRestrictionsInTheBrowserTest extends DeskAndPhoneTest {

  private static Locator node(Page browser, String title) {
    return browser.getByTestId("page-node").filter(new Locator.FilterOptions().setHasText(title));
  }

  @Test
  void restrictingAPageHidesItAndItsSubtreeFromAReaderItDoesNotName() {
    colleagues("周敏", "Amy Reed");
    String space = "人事 " + suffix;
    var created = a.api().post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", space));
    String spaceId = created.body().path("id").asString();
    a.api()
        .put(
            "/api/v1/spaces/" + spaceId + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                    Map.of("kind", "COMPANY", "role", "READ"))));
    String pay = a.api()
        .post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "薪酬方案"))
        .body()
        .path("id")
        .asString();
    a.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "2027 调整", "parentId", pay));
    a.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "Holidays"));
    String colleague = "许可 " + suffix;
    var allowed =
        dev.atrium.support.People.create(port, dev.atrium.support.People.admin(port), colleague);

    openPhone();
    phone.getByTestId("rail-docs").click();
    phone
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    assertThat(node(phone, "薪酬方案")).isVisible();

    openDesk();
    desk.getByTestId("rail-docs").click();
    desk.getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    node(desk, "薪酬方案").click();
    desk.getByTestId("page-permissions").click();
    Locator dialog = desk.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByTestId("restrictions-narrow-only")).containsText("只能在空间权限的基础上收窄");
    dialog.getByTestId("restrictions-view-only").click();
    Locator readers = dialog.getByTestId("restriction-readers").locator("xpath=..");
    readers.getByTestId("principal-kind").getByText("人员").click();
    readers.getByTestId("principal-person").click();
    desk.keyboard().type(colleague);
    desk.locator(".ant-select-dropdown:visible").getByText(colleague).click();
    readers.getByTestId("principal-add").click();
    assertThat(dialog.getByTestId("restriction-readers").getByTestId("restriction-entry"))
        .hasText(colleague);
    Browsers.screenshot(desk, "docs-desktop-page-permissions-zh-CN");
    dialog.getByTestId("restrictions-save").click();
    assertThat(dialog).isHidden();
    assertThat(node(desk, "薪酬方案").getByTestId("page-node-restricted")).isVisible();

    node(desk, "2027 调整").click();
    assertThat(desk.getByTestId("page-title")).hasText("2027 调整");
    desk.getByTestId("page-permissions").click();
    dialog = desk.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByTestId("inherited-restrictions")).containsText("继承自“薪酬方案”");
    assertThat(dialog.getByTestId("inherited-restrictions")).containsText("可查看：" + colleague);

    phone.reload();
    assertThat(node(phone, "Holidays")).isVisible();
    assertThat(node(phone, "薪酬方案")).hasCount(0);
    assertThat(node(phone, "2027 调整")).hasCount(0);
    phone.navigate("/docs/pages/" + pay);
    assertThat(phone.getByText("This page does not exist, or you may not see it."))
        .isVisible();
    Browsers.screenshot(phone, "docs-phone-restricted-page-en");
    assertThat(allowed.api().get("/api/v1/pages/" + pay).status()).isEqualTo(200);
  }
}
