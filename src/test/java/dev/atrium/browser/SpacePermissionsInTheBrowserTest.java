package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A space's administrator, at a desk in Chinese, lets the whole company read a project space and a
 * department (with its sub-departments) edit it; someone of a sub-department, on a phone in
 * English, can then write in its page, while a colleague from elsewhere can only read it.
 */
@IntegrationTest
class SpacePermissionsInTheBrowserTest extends DeskAndPhoneTest {

  @Test
  void anAdministratorLetsADepartmentEditASpaceAndOnlyItsPeopleCanEdit() {
    Api admin = People.admin(port);
    suffix = UUID.randomUUID().toString().substring(0, 6);
    String research = "研发部 " + suffix;
    UUID researchId = department(admin, research, People.rootDepartment(admin));
    UUID backend = department(admin, "后端组 " + suffix, researchId);
    aName = "陈静 " + suffix;
    bName = "Tom Hill " + suffix;
    a = People.create(port, admin, aName);
    b = People.create(port, admin, bName, backend);
    People.Person other = People.create(port, admin, "Sam Sales " + suffix);
    a.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    b.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    String space = "发布计划 " + suffix;
    var created = a.api().post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", space));
    a.api()
        .post(
            "/api/v1/pages",
            Map.of("spaceId", created.body().path("id").asString(), "title", "上线清单"));

    openDesk();
    desk.getByTestId("rail-docs").click();
    desk.getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    desk.getByTestId("space-settings-link").click();
    Locator grants = desk.getByTestId("space-grant");
    assertThat(grants).hasCount(1);
    assertThat(grants.first()).containsText(aName + "：");
    assertThat(grants.first().getByTestId("space-grant-role")).containsText("可管理");

    desk.getByTestId("principal-kind").getByText("全公司").click();
    desk.getByTestId("principal-add").click();
    Locator company = grants.filter(new Locator.FilterOptions().setHasText("全公司（不含访客）："));
    assertThat(company.getByTestId("space-grant-role")).containsText("可阅读");

    desk.getByTestId("principal-kind").getByText("部门").click();
    desk.getByTestId("principal-department").click();
    desk.keyboard().type(research);
    desk.locator(".ant-select-dropdown:visible")
        .getByText(research, new Locator.GetByTextOptions().setExact(true))
        .click();
    pick(desk, desk.getByTestId("grant-role"), "可编辑");
    desk.getByTestId("principal-add").click();
    Locator department =
        grants.filter(new Locator.FilterOptions().setHasText(research + " 及其下级部门："));
    assertThat(department.getByTestId("space-grant-role")).containsText("可编辑");
    assertThat(grants).hasCount(3);
    Browsers.screenshot(desk, "docs-desktop-space-settings-zh-CN");

    openPhone();
    openThePage(phone, space);
    assertThat(phone.getByTestId("doc-toolbar")).isVisible();
    assertThat(phone.getByTestId("read-only")).hasCount(0);
    phone.getByTestId("doc-editor").click();
    phone.keyboard().type("Checked by the backend team.");
    assertThat(phone.getByTestId("doc-editor")).containsText("Checked by the backend team.");
    Browsers.screenshot(phone, "docs-phone-department-editor-en");

    Page elsewhere = Browsers.phone(port, "en");
    try {
      SignInScreen.signIn(elsewhere, other.email(), People.PASSWORD);
      openThePage(elsewhere, space);
      assertThat(elsewhere.getByTestId("read-only")).isVisible();
      assertThat(elsewhere.getByTestId("doc-editor")).containsText("Checked by the backend team.");
      assertThat(elsewhere.getByTestId("doc-toolbar")).hasCount(0);
    } finally {
      Browsers.close(elsewhere);
    }
  }

  private static void openThePage(Page browser, String space) {
    browser.getByTestId("rail-docs").click();
    browser
        .getByTestId("space-item")
        .filter(new Locator.FilterOptions().setHasText(space))
        .click();
    browser
        .getByTestId("page-node")
        .filter(new Locator.FilterOptions().setHasText("上线清单"))
        .click();
    assertThat(browser.getByTestId("page-title")).hasText("上线清单");
  }

  /** Chooses an option of an Ant Design select. */
  static void pick(Page browser, Locator select, String option) {
    select.click();
    browser
        .locator(".ant-select-dropdown:visible")
        .getByText(option, new Locator.GetByTextOptions().setExact(true))
        .click();
  }

  private static UUID department(Api admin, String name, UUID parentId) {
    var created = admin.post("/api/v1/departments", Map.of("name", name, "parentId", parentId));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }
}
