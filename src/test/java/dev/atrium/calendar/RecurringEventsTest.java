package dev.atrium.calendar;

import static dev.atrium.calendar.CalendarRequests.assertRefused;
import static dev.atrium.calendar.CalendarRequests.create;
import static dev.atrium.calendar.CalendarRequests.id;
import static dev.atrium.calendar.CalendarRequests.personal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A weekly meeting over HTTP, as its organiser lives with it: it stays at 09:00 in Berlin when
 * summer time starts, one occurrence is moved, the series is changed from the fourth on, one
 * occurrence is cancelled, and what cannot be meant is refused.
 */
@IntegrationTest
class RecurringEventsTest {

  @LocalServerPort
  int port;

  static Map<String, Object> meeting(String title, String start, String end, String rule) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("start", start);
    body.put("end", end);
    body.put("timeZone", "Europe/Berlin");
    body.put("allDay", false);
    body.put("recurrence", rule);
    return body;
  }

  static List<JsonNode> window(Api api, UUID calendar) {
    Api.Response window = api.get("/api/v1/calendar/window?calendars=" + calendar
        + "&from=2026-03-09T00:00:00Z&to=2026-05-04T00:00:00Z&zone=Europe/Berlin");
    assertThat(window.status()).as("%s", window.body()).isEqualTo(200);
    return window.body().path("occurrences").valueStream().toList();
  }

  static List<String> starts(List<JsonNode> occurrences) {
    return occurrences.stream().map(o -> o.path("start").asString()).toList();
  }

  static List<String> titles(List<JsonNode> occurrences) {
    return occurrences.stream().map(o -> o.path("title").asString()).toList();
  }

  @Test
  void aWeeklyMeetingIsMovedOnceSplitFromTheFourthAndCancelledOnceAsItsOrganiserSees() {
    Api admin = People.admin(port);
    Api organiser = People.create(port, admin, "周会组织者").api();
    UUID calendar = personal(organiser);
    String rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=6";
    JsonNode made = create(
        organiser,
        calendar,
        meeting("周会", "2026-03-16T08:00:00Z", "2026-03-16T09:00:00Z", "RRULE:" + rule));
    UUID series = id(made);
    assertThat(made.path("recurring").asBoolean()).isTrue();

    // 09:00 in Berlin: 08:00 UTC in winter, 07:00 UTC from 29 March.
    List<JsonNode> seen = window(organiser, calendar);
    assertThat(starts(seen))
        .containsExactly(
            "2026-03-16T08:00:00Z",
            "2026-03-23T08:00:00Z",
            "2026-03-30T07:00:00Z",
            "2026-04-06T07:00:00Z",
            "2026-04-13T07:00:00Z",
            "2026-04-20T07:00:00Z");
    assertThat(seen).allMatch(o -> o.path("recurring").asBoolean());
    assertThat(seen.get(1).path("occurrence").asString()).isEqualTo("2026-03-23T08:00:00Z");

    Api.Response moved = organiser.patch(
        "/api/v1/events/" + series + "?scope=THIS&occurrence=2026-03-23T08:00:00Z",
        meeting("周会（改到下午）", "2026-03-23T13:00:00Z", "2026-03-23T14:00:00Z", rule));
    assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);

    Api.Response split = organiser.patch(
        "/api/v1/events/" + series + "?scope=FOLLOWING&occurrence=2026-04-06T07:00:00Z",
        meeting("新周会", "2026-04-06T07:00:00Z", "2026-04-06T08:00:00Z", rule));
    assertThat(split.status()).as("%s", split.body()).isEqualTo(200);

    seen = window(organiser, calendar);
    assertThat(starts(seen))
        .containsExactly(
            "2026-03-16T08:00:00Z",
            "2026-03-23T13:00:00Z",
            "2026-03-30T07:00:00Z",
            "2026-04-06T07:00:00Z",
            "2026-04-13T07:00:00Z",
            "2026-04-20T07:00:00Z");
    assertThat(titles(seen)).containsExactly("周会", "周会（改到下午）", "周会", "新周会", "新周会", "新周会");
    assertThat(seen.get(1).path("occurrence").asString()).isEqualTo("2026-03-23T08:00:00Z");
    assertThat(seen.subList(0, 3))
        .allMatch(o -> o.path("eventId").asString().equals(series.toString()));
    String following = seen.get(3).path("eventId").asString();
    assertThat(following).isNotEqualTo(series.toString());
    assertThat(seen.subList(3, 6)).allMatch(o -> o.path("eventId").asString().equals(following));

    Api.Response cancelled = organiser.delete(
        "/api/v1/events/" + series + "?scope=THIS&occurrence=2026-03-30T07:00:00Z");
    assertThat(cancelled.status()).as("%s", cancelled.body()).isBetween(200, 204);
    assertThat(starts(window(organiser, calendar)))
        .doesNotContain("2026-03-30T07:00:00Z")
        .hasSize(5);

    assertRefused(
        organiser.patch(
            "/api/v1/events/" + series + "?scope=THIS",
            meeting("周会", "2026-03-16T08:00:00Z", "2026-03-16T09:00:00Z", rule)),
        400,
        "calendar.scope-invalid");
    assertRefused(
        organiser.patch(
            "/api/v1/events/" + series + "?scope=THIS&occurrence=2026-03-17T08:00:00Z",
            meeting("周会", "2026-03-17T08:00:00Z", "2026-03-17T09:00:00Z", rule)),
        404,
        "calendar.event-not-found");
    assertRefused(
        organiser.post(
            "/api/v1/calendars/" + calendar + "/events",
            meeting("每小时", "2026-03-16T08:00:00Z", "2026-03-16T09:00:00Z", "FREQ=HOURLY")),
        400,
        "calendar.recurrence-invalid");
    assertThat(window(organiser, calendar)).hasSize(5);
  }
}
