package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader's side of announcements: a must-read waits in the banner above every module until its
 * reader confirms it, on a 360 px touch phone in English (the open is recorded as a phone's); at a
 * desk in Chinese the list shows unread ones bold with their importance, finds them by their text,
 * and a must-read published meanwhile appears in the banner without a reload.
 */
@IntegrationTest
class AnnouncementReadingBrowserTest extends DeskAndPhoneTest {

  /** Where signing in lands; a page opened by its address only after it. */
  private static final Pattern SIGNED_IN = Pattern.compile(".*/messages.*");

  @Autowired
  JdbcClient jdbc;

  @Test
  void aMustReadWaitsInTheBannerOnAPhoneUntilItsReaderConfirmsIt() {
    colleagues("陈静", "Nina Wells");
    Api admin = People.admin(port);
    String title = "Office move on Friday " + suffix;
    UUID id = publish(admin, title, "URGENT", true, "Bring your laptop home on Thursday.");
    // an urgent one also rings every recipient in chat, after announce's commit
    Eventually.eventually(
        () -> b.api().get("/api/v1/dings").body().toString(),
        dings -> dings.contains("/announcements/" + id));

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, b.email(), People.PASSWORD);
    Locator banner = phone.getByTestId("must-read-banner");
    assertThat(banner.getByTestId("must-read-banner-title")).hasText(title);
    assertThat((Boolean)
            phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browsers.screenshot(phone, "announce-banner-phone-en");
    Locator ding = phone.getByTestId("ding-alert-content");
    assertThat(ding.getByTestId("ding-alert-text")).hasText(title);
    ding.getByTestId("ding-got-it").click();
    assertThat(ding).hasCount(0);

    banner.getByTestId("must-read-banner-open").click();
    assertThat(phone).hasURL(Pattern.compile("/announcements/" + id + "$"));
    assertThat(phone.getByTestId("announcement-title")).hasText(title);
    assertThat(phone.getByTestId("announcement-body"))
        .containsText("Bring your laptop home on Thursday.");
    assertThat(phone.getByTestId("announcement-importance")).hasText("Urgent");
    // the one being read is not asked for above itself
    assertThat(banner).isHidden();
    String device = Eventually.eventually(
        () -> jdbc.sql("select opened_device from announce.recipient"
                + " where announcement_id = ? and person_id = ?")
            .params(id, b.id())
            .query(String.class)
            .optional()
            .orElse(null),
        Objects::nonNull);
    assertThat(device).isEqualTo("PHONE");
    Browsers.screenshot(phone, "announce-reader-phone-en");

    phone.getByTestId("announcement-confirm").click();
    assertThat(phone.getByTestId("announcement-confirmed")).isVisible();
    phone.getByTestId("rail-messages").click();
    assertThat(phone.getByTestId("bottom-tabs")).isVisible();
    assertThat(banner).isHidden();
    assertThat(b.api().get("/api/v1/announcements/banner").body()).isEmpty();
  }

  @Test
  void theListShowsUnreadOnesFindsThemByTextAndTheBannerAppearsLive() {
    colleagues("周敏", "Leo Grant");
    Api admin = People.admin(port);
    publish(admin, "食堂菜单 " + suffix, "NORMAL", false, "本周五供应饺子。");
    String upgrade = "系统升级通知 " + suffix;
    UUID upgradeId = publish(admin, upgrade, "IMPORTANT", false, "周六晚上十点起邮件服务暂停两小时。");

    openDesk();
    desk.getByTestId("rail-announcements").click();
    Locator rows = desk.getByTestId("announcement-row");
    Locator upgradeRow =
        desk.locator("[data-testid=announcement-row][data-id=\"" + upgradeId + "\"]");
    assertThat(upgradeRow).hasAttribute("data-unread", "true");
    assertThat(upgradeRow.getByTestId("announcement-importance")).hasText("重要");
    Browsers.screenshot(desk, "announce-list-desk-zh-CN");

    desk.getByTestId("announcement-search").fill("邮件服务");
    assertThat(rows).hasCount(1);
    assertThat(rows.getByTestId("announcement-row-title")).hasText(upgrade);
    rows.first().click();
    assertThat(desk.getByTestId("announcement-body")).containsText("邮件服务暂停两小时");
    assertThat(upgradeRow).hasAttribute("data-unread", "false");

    // published while the desk is open: the notice brings it to the banner, no reload
    String mustRead = "信息安全培训 " + suffix;
    UUID mustReadId = publish(admin, mustRead, "NORMAL", true, "请在月底前完成培训。");
    assertThat(desk.getByTestId("must-read-banner-title")).hasText(mustRead);
    desk.getByTestId("must-read-banner-open").click();
    assertThat(desk).hasURL(Pattern.compile("/announcements/" + mustReadId + "$"));
    assertThat(desk.getByTestId("announcement-confirm")).hasText("我已阅读并知晓");
    Browsers.screenshot(desk, "announce-reader-desk-zh-CN");
    desk.getByTestId("announcement-confirm").click();
    assertThat(desk.getByTestId("announcement-confirmed")).isVisible();
    assertThat(desk.getByTestId("must-read-banner")).isHidden();
  }

  @Test
  void aLinkToAnAnnouncementInAPageOrAnotherAnnouncementShowsItsTitleToThoseWhoMayReadIt() {
    colleagues("孙丽", "Owen Park");
    Api admin = People.admin(port);
    String title = "年会安排 " + suffix;
    // for the desk's colleague only: the phone's may read the page, not the announcement
    UUID id = publish(
        admin,
        title,
        "NORMAL",
        false,
        List.of(Map.of("type", "text", "text", "地点待定。")),
        List.of(a.id()));
    String space = a.api()
        .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "行政 " + suffix))
        .body()
        .path("id")
        .asString();
    a.api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", a.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", b.id(), "role", "READ"))));
    String page = a.api()
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "年会筹备"))
        .body()
        .path("id")
        .asString();
    String address = "/docs/spaces/" + space + "/pages/" + page;

    openDesk();
    assertThat(desk).hasURL(SIGNED_IN);
    desk.navigate(address);
    assertThat(desk.getByTestId("connection-status")).hasAttribute("data-status", "connected");
    desk.getByTestId("doc-editor").click();
    // typed as a person would: the editor makes the address a link at the space after it
    desk.keyboard().type("详见 http://localhost:" + port + "/announcements/" + id + " ");
    Locator chip = desk.getByTestId("doc-editor").getByTestId("link-chip");
    assertThat(chip).hasCount(1);
    assertThat(chip).hasAttribute("data-kind", "announcement");
    assertThat(chip).containsText(title);
    assertThat(chip).containsText("公告");
    Browsers.screenshot(desk, "announce-link-in-page-desk-zh-CN");

    // an announcement linking it: the reader shows the same chip
    String mention = "请先阅读年会通知 " + suffix;
    UUID linking = publish(
        admin,
        mention,
        "NORMAL",
        false,
        List.of(Map.of(
            "type",
            "text",
            "text",
            "年会通知",
            "marks",
            List.of(Map.of("type", "link", "attrs", Map.of("href", "/announcements/" + id))))),
        List.of(a.id(), b.id()));
    desk.navigate("/announcements/" + linking);
    Locator inReader = desk.getByTestId("announcement-body").getByTestId("link-chip");
    assertThat(inReader).containsText(title);
    inReader.click();
    assertThat(desk).hasURL(Pattern.compile("/announcements/" + id + "$"));
    assertThat(desk.getByTestId("announcement-title")).hasText(title);

    // the outsider: the server gives no card, so the link stays a plain link
    openPhone();
    assertThat(phone).hasURL(SIGNED_IN);
    phone.waitForResponse(
        response -> response.url().endsWith("/api/v1/unfurl"), () -> phone.navigate(address));
    Locator editor = phone.getByTestId("doc-editor");
    assertThat(editor.locator("a[href$='/announcements/" + id + "']")).isVisible();
    assertThat(editor.getByTestId("link-chip")).hasCount(0);
    assertThat(editor).not().containsText(title);
    Browsers.screenshot(phone, "announce-link-in-page-outsider-phone-en");
    phone.waitForResponse(
        response -> response.url().endsWith("/api/v1/unfurl"),
        () -> phone.navigate("/announcements/" + linking));
    assertThat(phone.getByTestId("announcement-body").locator("a")).hasText("年会通知");
    assertThat(phone.getByTestId("announcement-body").getByTestId("link-chip")).hasCount(0);
  }

  /** Publishes an announcement from the administrator to the two colleagues at once. */
  private UUID publish(Api admin, String title, String importance, boolean mustRead, String text) {
    return publish(
        admin,
        title,
        importance,
        mustRead,
        List.of(Map.of("type", "text", "text", text)),
        List.of(a.id(), b.id()));
  }

  /** Publishes an announcement of one paragraph from the administrator to the people named. */
  private UUID publish(
      Api admin,
      String title,
      String importance,
      boolean mustRead,
      List<Map<String, Object>> paragraph,
      List<UUID> people) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("title", title);
    draft.put(
        "body",
        Map.of(
            "type", "doc", "content", List.of(Map.of("type", "paragraph", "content", paragraph))));
    draft.put("category", "it");
    draft.put("importance", importance);
    draft.put("mustRead", mustRead);
    draft.put("attachmentFileIds", List.of());
    draft.put("commentsEnabled", false);
    draft.put("reactionsEnabled", false);
    draft.put(
        "audience",
        Map.of(
            "company",
            false,
            "departments",
            List.of(),
            "groups",
            List.of(),
            "people",
            people,
            "excludedPeople",
            List.of()));
    draft.put("includeLaterJoiners", false);
    draft.put("reconfirm", false);
    Api.Response created = admin.post("/api/v1/announcements", draft);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    UUID id = UUID.fromString(created.body().get("id").asText());
    Api.Response published = admin.post("/api/v1/announcements/" + id + "/publish", Map.of());
    assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    assertThat(published.body().get("state").asText()).isEqualTo("PUBLISHED");
    return id;
  }
}
