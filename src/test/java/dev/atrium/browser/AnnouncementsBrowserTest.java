package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.announce.Announce;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A department's administrator, at a desk in Chinese, publishes a must-read to their department;
 * a member of it, on a small phone in English, sees the banner, opens it and confirms; the
 * author's statistics count the opening and the confirmation as they happen, without a reload.
 */
@IntegrationTest
class AnnouncementsBrowserTest {

  @LocalServerPort
  int port;

  private Page desk;
  private Page phone;

  @AfterEach
  void closeBrowsers() {
    Browsers.close(desk);
    Browsers.close(phone);
  }

  @Test
  void aMemberConfirmsAMustReadOnAPhoneAndTheAuthorsStatisticsFollowLive() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String team = "行政部 " + suffix;
    UUID teamId = department(admin, team);
    People.Person author = People.create(port, admin, "王芳 " + suffix, teamId);
    People.Person member = People.create(port, admin, "Alex Reed " + suffix, teamId);
    makeAdministratorOf(admin, author, teamId);
    author.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    member.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    String title = "春节放假安排 " + suffix;

    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, author.email(), People.PASSWORD);
    assertThat(desk.getByTestId("rail-messages")).isVisible();
    desk.navigate("/announcements/new");
    desk.getByTestId("announce-title").fill(title);
    desk.getByTestId("announce-body-editor").click();
    desk.keyboard().type("2月9日至2月17日放假，共9天。");
    desk.getByTestId("announce-must-read").click();
    desk.getByTestId("audience-add-department").click();
    desk.keyboard().type(team);
    desk.locator(".ant-select-dropdown:visible")
        .getByText(team, new Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(desk.getByTestId("audience-department")).containsText(team);
    // the author and the member: the live count before anything is sent
    assertThat(desk.getByTestId("audience-size")).hasText("共 2 人将收到");
    Browsers.screenshot(desk, "announce-editor-zh-CN");

    desk.getByTestId("announce-publish").click();
    assertThat(desk.getByTestId("announce-stats")).isVisible();
    assertThat(figure(desk, "announce-delivered")).hasText("2");
    assertThat(figure(desk, "announce-opened")).hasText("0");
    assertThat(figure(desk, "announce-confirmed")).hasText("0");
    assertThat(desk.getByTestId("announce-dept").filter(hasText(team))).containsText("已读 0");
    assertThat(desk.getByTestId("announce-people-UNOPENED")).containsText("Alex Reed " + suffix);
    Browsers.screenshot(desk, "announce-stats-before-zh-CN");

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, member.email(), People.PASSWORD);
    Locator banner = phone.getByTestId("must-read-banner");
    assertThat(banner.getByTestId("must-read-banner-title")).hasText(title);
    Browsers.screenshot(phone, "announce-phone-banner-en");
    banner.getByTestId("must-read-banner-open").click();
    assertThat(phone.getByTestId("announcement-reader")).containsText("2月9日至2月17日放假");
    // opening counts on the author's screen while it is open: the socket, not a reload
    assertThat(figure(desk, "announce-opened")).hasText("1");
    assertThat(figure(desk, "announce-confirmed")).hasText("0");
    phone.getByTestId("announcement-confirm").click();
    assertThat(phone.getByTestId("announcement-confirmed")).isVisible();
    assertThat(banner).hasCount(0);
    Browsers.screenshot(phone, "announce-phone-confirmed-en");

    assertThat(figure(desk, "announce-confirmed")).hasText("1");
    assertThat(desk.getByTestId("announce-people-UNOPENED")).not().containsText("Alex Reed");
    assertThat(desk.getByTestId("announce-dept").filter(hasText(team))).containsText("已确认 1 / 2");
    Browsers.screenshot(desk, "announce-stats-after-zh-CN");
  }

  @Test
  void theAuthorsEditorAndStatisticsFitAPhoneAndASecondReminderSaysWhenTheNextMayGo() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String team = "Facilities " + suffix;
    UUID teamId = department(admin, team);
    People.Person author = People.create(port, admin, "Grace Lin " + suffix, teamId);
    People.Person member = People.create(port, admin, "陈晨 " + suffix, teamId);
    makeAdministratorOf(admin, author, teamId);
    author.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    UUID id = Announce.publish(
        author.api(),
        Announce.draft(
            "Parking garage closed on Saturday for resurfacing " + suffix,
            Announce.people(member.id())));

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, author.email(), People.PASSWORD);
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    phone.navigate("/announcements/new");
    assertThat(phone.getByTestId("announce-title")).isVisible();
    assertThat(phone.getByText("No file chosen")).hasCount(0);
    assertFits(phone);
    Browsers.screenshot(phone, "announce-editor-phone-en");

    phone.navigate("/announcements/" + id + "/stats");
    assertThat(phone.getByTestId("announce-stats")).isVisible();
    assertThat(phone.getByTestId("announce-people-UNOPENED")).containsText("陈晨 " + suffix);
    assertFits(phone);
    Browsers.screenshot(phone, "announce-stats-phone-en");
    phone.getByTestId("announce-remind-now").click();
    assertThat(phone.getByTestId("announce-reminded")).hasText("Reminded 1 person");
    assertThat(phone.getByTestId("announce-remind-next"))
        .containsText("Next reminder possible from");
    // the page opened again: the server's refusal says when
    phone.reload();
    phone.getByTestId("announce-remind-now").click();
    assertThat(phone.getByText(
            "Its non-readers were reminded less than 10 minutes ago. Try again in",
            new Page.GetByTextOptions().setExact(false)))
        .isVisible();
    assertThat(phone.getByTestId("announce-remind-next"))
        .containsText("Next reminder possible from");
    Browsers.screenshot(phone, "announce-stats-remind-too-soon-phone-en");
  }

  @Test
  void theAnnouncementSettingsReadWellInBothLanguagesAtADeskAndOnAPhone() {
    for (String locale : java.util.List.of("zh-CN", "en")) {
      Page page = Browsers.desktop(port, locale);
      try {
        SignInScreen.signIn(page, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(page.getByTestId("rail-messages")).isVisible();
        page.navigate("/admin/announcements");
        assertThat(page.getByTestId("announce-publishers-admin")).isVisible();
        assertThat(page.locator(".ant-spin-spinning")).hasCount(0);
        Browsers.screenshot(page, "announce-settings-desk-" + locale);
      } finally {
        Browsers.close(page);
      }
      Page small = Browsers.touchPhone(port, locale);
      try {
        SignInScreen.signIn(small, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(small.getByTestId("bottom-tabs")).isVisible();
        small.navigate("/admin/announcements");
        assertThat(small.getByTestId("announce-publishers-admin")).isVisible();
        assertThat(small.locator(".ant-spin-spinning")).hasCount(0);
        assertFits(small);
        Browsers.screenshot(small, "announce-settings-phone-" + locale);
      } finally {
        Browsers.close(small);
      }
    }
  }

  /** Nothing wider than the screen: the page does not scroll sideways. */
  private static void assertFits(Page page) {
    assertThat((Boolean)
            page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .as("the page fits %s px", page.viewportSize().width)
        .isTrue();
  }

  private static Locator figure(Page page, String testId) {
    return page.getByTestId(testId).locator(".ant-statistic-content-value");
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private static UUID department(Api admin, String name) {
    var created = admin.post(
        "/api/v1/departments", Map.of("name", name, "parentId", People.rootDepartment(admin)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private static void makeAdministratorOf(Api admin, People.Person person, UUID departmentId) {
    Map<String, Object> grant = new HashMap<>();
    grant.put("personId", person.id());
    grant.put("role", "DEPARTMENT_ADMIN");
    grant.put("departmentId", departmentId);
    var granted = admin.post("/api/v1/admin/role-grants", grant);
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(201);
  }
}
