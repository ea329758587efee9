package dev.atrium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Browsers;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #15's browser test: an organiser at a 1280 px desk in Chinese schedules a meeting from a
 * conversation (its two other members prefilled) and books a room for it; one attendee, on a 360 px
 * touch phone in English, finds the invitation and accepts it; the organiser, who has the meeting
 * open, sees the answer arrive without reloading; a second invitation shows in the attendee's
 * list as it is sent.
 */
@IntegrationTest
class CalendarBrowserTest {

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
  void anOrganiserSchedulesAMeetingWithARoomAndSeesAnAttendeeAcceptLive() {
    Api admin = People.admin(port);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    People.Person organiser = People.create(port, admin, "陈经理 " + suffix);
    String attendeeName = "Alice Wong " + suffix;
    People.Person attendee = People.create(port, admin, attendeeName);
    People.Person other = People.create(port, admin, "李娜 " + suffix);
    organiser.api().patch("/api/v1/me/preferences", Map.of("locale", "zh-CN"));
    attendee.api().patch("/api/v1/me/preferences", Map.of("locale", "en"));
    String roomName = "莲花厅 " + suffix;
    admin.post(
        "/api/v1/rooms",
        Map.of(
            "name",
            roomName,
            "building",
            "A 座",
            "floor",
            "3",
            "capacity",
            8,
            "equipment",
            List.of("投影仪"),
            "needsApproval",
            false));
    UUID channel = UUID.fromString(organiser
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "周会 " + suffix))
        .body()
        .path("id")
        .asString());
    attendee.api().post("/api/v1/channels/" + channel + "/join", null);
    other.api().post("/api/v1/channels/" + channel + "/join", null);

    // from the conversation's header: the editor opens with its two other members invited
    desk = Browsers.desktop(port, "zh-CN");
    SignInScreen.signIn(desk, organiser.email(), People.PASSWORD);
    assertThat(desk.getByTestId("rail-messages")).isVisible();
    desk.navigate("/messages/" + channel);
    desk.getByTestId("schedule-meeting").click();
    Locator editor = desk.getByTestId("event-editor");
    assertThat(editor).isVisible();
    assertThat(editor.getByTestId("event-attendee")).hasCount(2);
    String title = "季度规划会 " + suffix;
    editor.getByTestId("event-title").fill(title);
    Locator room =
        editor.getByTestId("room-option").filter(new Locator.FilterOptions().setHasText(roomName));
    room.click();
    assertThat(room).hasAttribute("aria-selected", "true");
    Browsers.screenshot(desk, "calendar-schedule-zh-CN-1280");
    editor.getByTestId("event-save").click();
    assertThat(editor).isHidden();

    // the organiser opens the meeting: the room is booked, the invitees have not answered yet
    String eventId = attendee
        .api()
        .get("/api/v1/calendar/invitations")
        .body()
        .path("invitations")
        .get(0)
        .path("eventId")
        .asString();
    desk.navigate("/calendar/events/" + eventId);
    Locator detail = desk.getByTestId("event-detail");
    assertThat(detail).containsText(roomName);
    Locator answer = detail
        .getByTestId("event-detail-attendee")
        .filter(new Locator.FilterOptions().setHasText(attendeeName));
    assertThat(answer).hasAttribute("data-response", "NEEDS_ACTION");
    assertThat(detail.getByTestId("event-detail-attendee")).hasCount(3);

    // the attendee, on a small phone, finds it among the invitations and accepts
    phone = Browsers.touchPhone(port, "en");
    SignInScreen.signIn(phone, attendee.email(), People.PASSWORD);
    phone.getByTestId("rail-calendar").click();
    Locator invitations = phone.getByTestId("invitations-button");
    assertThat(invitations).hasAttribute("data-count", "1");
    invitations.tap();
    phone
        .getByTestId("pending-invitation")
        .filter(new Locator.FilterOptions().setHasText(title))
        .tap();
    Locator bar = phone.getByTestId("answer-bar");
    assertThat(bar).isVisible();
    assertThat(bar.getByTestId("answer-accepted")).hasText("Accept");
    // whole on the 360 px screen once the drawer has slid in (the assertion waits for it)
    assertThat(bar).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
    Browsers.screenshot(phone, "calendar-invitation-en-360");
    bar.getByTestId("answer-accepted").tap();
    assertThat(bar).hasAttribute("data-response", "ACCEPTED");
    Browsers.screenshot(phone, "calendar-accepted-en-360");

    // the organiser's open meeting shows the answer through the calendar's stream
    assertThat(answer).hasAttribute("data-response", "ACCEPTED");
    assertThat(answer).containsText("已接受");
    Browsers.screenshot(desk, "calendar-answered-zh-CN-1280");

    // a second invitation reaches the attendee's open calendar without a reload
    assertThat(invitations).hasAttribute("data-count", "0");
    Instant next = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
    String organisersCalendar = organiser
        .api()
        .get("/api/v1/calendars")
        .body()
        .path("calendars")
        .get(0)
        .path("id")
        .asString();
    Api.Response invited = organiser
        .api()
        .post(
            "/api/v1/calendars/" + organisersCalendar + "/events",
            Map.of(
                "title", "复盘 " + suffix,
                "start", next.toString(),
                "end", next.plus(Duration.ofHours(1)).toString(),
                "timeZone", "Asia/Shanghai",
                "attendees",
                    List.of(Map.of("kind", "PERSON", "id", attendee.id().toString()))));
    assertThat(invited.status()).isEqualTo(201);
    assertThat(invitations).hasAttribute("data-count", "1");
  }
}
