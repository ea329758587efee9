package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person at a desk in Chinese drags over Wednesday 10:00–11:00 of next week (a Chinese week starts
 * on Monday), names the event in the editor that opens, then drags it to Thursday an hour later; on
 * a small phone in English the agenda lists it on that Thursday, and the event moves from the
 * person's own calendar to their team's in its editor. The event's agenda page, picked from the
 * knowledge base in the editor, shows as its card in the event and opens the page.
 */
@IntegrationTest
class CalendarViewsBrowserTest {

  /** The week grid's height of an hour on a desk (the page's `hourHeight`). */
  private static final int HOUR = 48;

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
  void dragToCreateAndMoveInAWeekThenSeeItInThePhonesAgenda() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person person = People.create(port, admin, "周敏 " + suffix);
    String agenda = "复盘议程 " + suffix;
    String pageId = agendaPage(person.api(), agenda);
    String team = "复盘小组 " + suffix;
    var teamCalendar = person
        .api()
        .post(
            "/api/v1/calendars",
            Map.of("name", team, "kind", "TEAM", "timeZone", "Asia/Shanghai", "grants", List.of()));
    assertThat(teamCalendar.status()).as("%s", teamCalendar.body()).isEqualTo(201);

    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, person.email(), People.PASSWORD);
    desk.getByTestId("rail-calendar").click();
    assertThat(desk.getByTestId("calendar-page")).hasAttribute("data-view", "week");
    Locator columns = desk.getByTestId("calendar-day-column");
    assertThat(columns).hasCount(7);
    String thisWeeksWednesday = columns.nth(2).getAttribute("data-day");
    desk.getByTestId("calendar-next").click();
    // the grid is drawn anew for next week: read its days only once it is
    assertThat(columns.nth(2)).not().hasAttribute("data-day", thisWeeksWednesday);
    assertThat(desk.getByTestId("calendar-day-heading").first()).containsText("周一");
    ZoneId zone =
        ZoneId.of((String) desk.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
    LocalDate wednesday = dayOf(columns.nth(2), zone);
    assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);

    // press at 10:00 on Wednesday and let go in the 10:45 slot: 10:00 to 11:00
    BoundingBox column = columns.nth(2).boundingBox();
    double x = column.x + column.width / 2;
    desk.mouse().move(x, column.y + 10 * HOUR + 4);
    desk.mouse().down();
    desk.mouse().move(x, column.y + 10.5 * HOUR, new Mouse.MoveOptions().setSteps(4));
    desk.mouse().move(x, column.y + 10.8 * HOUR, new Mouse.MoveOptions().setSteps(4));
    assertThat(desk.getByTestId("calendar-selection")).isVisible();
    desk.mouse().up();

    Locator editor = desk.getByTestId("event-editor");
    assertThat(editor).isVisible();
    String title = "季度复盘 " + suffix;
    editor.getByTestId("event-title").fill(title);
    editor.getByTestId("event-page").click();
    desk.keyboard().type(agenda);
    desk.locator(".ant-select-item-option")
        .filter(new Locator.FilterOptions().setHasText(agenda))
        .click();
    assertThat(editor.getByTestId("event-page")).containsText(agenda);
    assertThat(editor).containsText("议程/纪要页面");
    Browsers.screenshot(desk, "calendar-editor-zh-CN-1280");
    editor.getByTestId("event-save").click();
    assertThat(editor).isHidden();

    Locator event = columns
        .nth(2)
        .getByTestId("calendar-event")
        .filter(new Locator.FilterOptions().setHasText(title));
    assertThat(event).isVisible();
    String eventId = event.getAttribute("data-event-id");
    assertThat(startOf(person.api(), eventId))
        .isEqualTo(wednesday.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
    Browsers.screenshot(desk, "calendar-week-zh-CN-1280");

    // drag it one column to the right and an hour down: Thursday 11:00 to 12:00
    BoundingBox box = event.boundingBox();
    double fromX = box.x + box.width / 2;
    double fromY = box.y + 10;
    desk.mouse().move(fromX, fromY);
    desk.mouse().down();
    desk.mouse()
        .move(fromX + column.width / 2, fromY + HOUR / 2.0, new Mouse.MoveOptions().setSteps(5));
    desk.mouse().move(fromX + column.width, fromY + HOUR, new Mouse.MoveOptions().setSteps(5));
    assertThat(desk.getByTestId("calendar-ghost")).isVisible();
    desk.mouse().up();
    assertThat(columns
            .nth(3)
            .getByTestId("calendar-event")
            .filter(new Locator.FilterOptions().setHasText(title)))
        .isVisible();
    LocalDate thursday = wednesday.plusDays(1);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> startOf(person.api(), eventId),
            thursday.atTime(LocalTime.of(11, 0)).atZone(zone).toInstant()::equals);
    Browsers.screenshot(desk, "calendar-week-moved-zh-CN-1280");

    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, person.email(), People.PASSWORD);
    phone.getByTestId("rail-calendar").click();
    assertThat(phone.getByTestId("calendar-page")).hasAttribute("data-view", "agenda");
    Locator day = phone
        .getByTestId("agenda-day")
        .filter(new Locator.FilterOptions().setHas(phone.getByText(title)));
    assertThat(day.getByTestId("agenda-day-heading")).containsText("Thursday");
    assertThat(day.getByTestId("calendar-event")).containsText("11:00");
    assertThat((Boolean)
            phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browsers.screenshot(phone, "calendar-agenda-en-360");

    day.getByTestId("calendar-event").click();
    assertThat(phone.getByTestId("event-detail-title")).hasText(title);
    Locator pageCard = phone.getByTestId("event-page-card");
    assertThat(pageCard).containsText("Agenda / minutes");
    assertThat(pageCard.getByTestId("link-card")).containsText(agenda);
    Browsers.screenshot(phone, "calendar-event-detail-en-360");

    phone.getByTestId("event-edit").click();
    Locator phoneEditor = phone.getByTestId("event-editor");
    phoneEditor.getByTestId("event-calendar").click();
    phone
        .locator(".ant-select-item-option")
        .filter(new Locator.FilterOptions().setHasText(team))
        .click();
    assertThat((Boolean)
            phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browsers.screenshot(phone, "calendar-editor-move-en-360");
    phoneEditor.getByTestId("event-save").click();
    assertThat(phoneEditor).isHidden();
    assertThat(phone.getByTestId("event-detail-calendar")).containsText(team);
    assertThat(person
            .api()
            .get("/api/v1/events/" + eventId)
            .body()
            .path("calendarId")
            .asString())
        .isEqualTo(teamCalendar.body().path("id").asString());
    pageCard.getByTestId("link-card").click();
    assertThat(phone).hasURL(Pattern.compile(".*/pages/" + pageId + "$"));
  }

  /** A page in a project space of the person's own, once the search finds it by its title. */
  private static String agendaPage(Api api, String title) {
    var space =
        api.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "复盘 " + UUID.randomUUID()));
    assertThat(space.status()).as("%s", space.body()).isEqualTo(201);
    var page = api.post(
        "/api/v1/pages", Map.of("spaceId", space.body().path("id").asString(), "title", title));
    assertThat(page.status()).as("%s", page.body()).isEqualTo(201);
    String pageId = page.body().path("id").asString();
    String query = URLEncoder.encode(title, StandardCharsets.UTF_8);
    Eventually.eventually(
        () -> api.get("/api/v1/search?kind=page&q=" + query).body().toString(),
        found -> found.contains(pageId));
    return pageId;
  }

  private static LocalDate dayOf(Locator column, ZoneId zone) {
    return Instant.parse(column.getAttribute("data-day")).atZone(zone).toLocalDate();
  }

  private static Instant startOf(Api api, String eventId) {
    var answer = api.get("/api/v1/events/" + eventId);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return Instant.parse(answer.body().path("start").asString());
  }
}
