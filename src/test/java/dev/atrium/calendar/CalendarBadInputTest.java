package dev.atrium.calendar;

import static dev.atrium.calendar.CalendarRequests.assertRefused;
import static dev.atrium.calendar.CalendarRequests.event;
import static dev.atrium.calendar.CalendarRequests.personal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wrong events, calendars and windows: each refused with its code, and nothing of them stored. */
@IntegrationTest
class CalendarBadInputTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  People.Person me;
  UUID calendar;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    me = People.create(port, admin, "填错的人");
    calendar = personal(me.api());
  }

  @Test
  void aWrongEventIsRefusedWithItsCodeAndNothingOfItIsStored() {
    var endBeforeStart = event("倒着的会", "2026-12-08T03:00:00Z", "2026-12-08T02:00:00Z");
    assertRefused(post(endBeforeStart), 400, "calendar.end-before-start");
    var noLength = event("零长度", "2026-12-08T03:00:00Z", "2026-12-08T03:00:00Z");
    assertRefused(post(noLength), 400, "calendar.end-before-start");

    var unknownZone = event("火星时间", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    unknownZone.put("timeZone", "Mars/Olympus_Mons");
    assertRefused(post(unknownZone), 400, "calendar.time-zone-unknown");
    var offset = event("偏移量", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    offset.put("timeZone", "+08:00");
    assertRefused(post(offset), 400, "calendar.time-zone-unknown");

    var blank = event("   ", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    assertRefused(post(blank), 400, "calendar.title-empty");

    // a known colleague and an unknown one: the whole event is refused, no invitation sent
    People.Person colleague = People.create(port, admin, "被邀请的人");
    var stranger = event("陌生人", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    stranger.put(
        "attendees",
        List.of(
            Map.of("kind", "PERSON", "id", colleague.id()),
            Map.of("kind", "PERSON", "id", UUID.randomUUID())));
    var refused = post(stranger);
    assertRefused(refused, 400, "calendar.attendee-unknown");
    var noGroup = event("没有的组", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    noGroup.put("attendees", List.of(Map.of("kind", "GROUP", "id", UUID.randomUUID())));
    assertRefused(post(noGroup), 400, "calendar.attendee-unknown");

    var allDayAtNoon = event("全天", "2026-12-08T04:00:00Z", "2026-12-09T04:00:00Z");
    allDayAtNoon.put("allDay", true);
    assertRefused(post(allDayAtNoon), 400, "calendar.all-day-not-midnight");

    var tooLong = event("一年多", "2026-01-01T00:00:00Z", "2027-06-01T00:00:00Z");
    assertRefused(post(tooLong), 400, "calendar.event-too-long");

    var farAway = event("遥远", "2999-01-01T00:00:00Z", "2999-01-01T01:00:00Z");
    assertRefused(post(farAway), 400, "calendar.time-out-of-range");

    var earlyReminder = event("提醒", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    earlyReminder.put("reminders", List.of(60 * 24 * 60));
    assertRefused(post(earlyReminder), 400, "calendar.reminder-invalid");

    var noSuchPage = event("议程", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");
    noSuchPage.put("docPageId", UUID.randomUUID());
    assertRefused(post(noSuchPage), 400, "calendar.page-unknown");

    assertThat(jdbc.sql("select count(*) from calendar.event where calendar_id = ?")
            .param(calendar)
            .query(Integer.class)
            .single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from calendar.attendee where person_id = ?")
            .param(colleague.id())
            .query(Integer.class)
            .single())
        .isZero();
    assertThat(me.api()
            .get("/api/v1/calendar/window?calendars=" + calendar
                + "&from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z")
            .body()
            .path("occurrences"))
        .isEmpty();
  }

  @Test
  void aWrongChangeLeavesTheEventAsItWas() {
    var made = CalendarRequests.create(
        me.api(), calendar, event("原样", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z"));
    UUID id = CalendarRequests.id(made);
    var wrong = event("改坏了", "2026-12-08T05:00:00Z", "2026-12-08T04:00:00Z");
    assertRefused(me.api().patch("/api/v1/events/" + id, wrong), 400, "calendar.end-before-start");
    var read = me.api().get("/api/v1/events/" + id).body();
    assertThat(read.path("title").asString()).isEqualTo("原样");
    assertThat(read.path("sequence").asInt()).isZero();
    assertRefused(
        me.api().patch("/api/v1/events/" + UUID.randomUUID(), wrong),
        404,
        "calendar.event-not-found");
  }

  @Test
  void aWrongWindowOrCalendarIsRefused() {
    assertRefused(
        me.api()
            .get("/api/v1/calendar/window?calendars=" + calendar
                + "&from=2026-01-01T00:00:00Z&to=2027-03-01T00:00:00Z"),
        400,
        "calendar.window-too-long");
    assertRefused(
        me.api()
            .get("/api/v1/calendar/window?calendars=" + calendar
                + "&from=2026-03-01T00:00:00Z&to=2026-01-01T00:00:00Z"),
        400,
        "calendar.window-invalid");
    assertRefused(
        me.api()
            .get("/api/v1/calendar/window?calendars=" + calendar
                + "&from=2026-01-01T00:00:00Z&to=2026-01-08T00:00:00Z&zone=Nowhere/Land"),
        400,
        "calendar.time-zone-unknown");
    assertRefused(
        me.api()
            .get("/api/v1/calendar/window?calendars=" + UUID.randomUUID()
                + "&from=2026-01-01T00:00:00Z&to=2026-01-08T00:00:00Z"),
        404,
        "calendar.not-found");

    assertRefused(
        me.api().post("/api/v1/calendars", Map.of("name", "  ", "kind", "TEAM")),
        400,
        "calendar.calendar-name-invalid");
    assertRefused(
        me.api().post("/api/v1/calendars", Map.of("name", "我的第二个", "kind", "PERSONAL")),
        400,
        "calendar.kind-invalid");
    assertRefused(
        me.api().post("/api/v1/calendars", Map.of("name", "部门", "kind", "DEPARTMENT")),
        400,
        "calendar.department-required");
    assertRefused(
        me.api()
            .post(
                "/api/v1/calendars",
                Map.of("name", "时区", "kind", "TEAM", "timeZone", "Asia/Atlantis")),
        400,
        "calendar.time-zone-unknown");
    assertRefused(
        me.api()
            .post(
                "/api/v1/calendars",
                Map.of(
                    "name", "给陌生人",
                    "kind", "TEAM",
                    "grants",
                        List.of(
                            Map.of("kind", "PERSON", "id", UUID.randomUUID(), "role", "READER")))),
        400,
        "calendar.grantee-not-found");
    assertRefused(me.api().delete("/api/v1/calendars/" + calendar), 409, "calendar.calendar-kept");
    assertThat(me.api().get("/api/v1/calendars").body().path("calendars")).hasSize(1);
  }

  private Api.Response post(Map<String, Object> body) {
    return me.api().post("/api/v1/calendars/" + calendar + "/events", body);
  }
}
