package dev.atrium.calendar;

import static dev.atrium.calendar.CalendarRequests.create;
import static dev.atrium.calendar.CalendarRequests.event;
import static dev.atrium.calendar.CalendarRequests.grant;
import static dev.atrium.calendar.CalendarRequests.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A calendar's stream: its readers and those who overlay it hear every change in order, as
 * entries naming the event and nothing of its content; an attendee who cannot read the calendar
 * hears of their event by a frame of their own; an outsider hears nothing.
 */
@IntegrationTest
class CalendarStreamTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person owner;
  People.Person reader;
  People.Person watcher;
  People.Person invitee;
  People.Person outsider;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    owner = People.create(port, admin, "日程流负责人");
    reader = People.create(port, admin, "日程流读者");
    watcher = People.create(port, admin, "日程流关注者");
    invitee = People.create(port, admin, "日程流受邀者");
    outsider = People.create(port, admin, "日程流外人");
  }

  @Test
  void everyChangeReachesWhoFollowsTheCalendarInOrder() throws Exception {
    JsonNode calendar = CalendarRequests.teamCalendar(
        owner.api(),
        "日程流",
        List.of(grant("PERSON", reader.id(), "READER"), grant("PERSON", watcher.id(), "FREEBUSY")));
    UUID calendarId = id(calendar);
    assertThat(watcher
            .api()
            .put("/api/v1/calendars/" + calendarId + "/subscription", Map.of("color", "red"))
            .status())
        .isEqualTo(200);
    long cursor = owner
        .api()
        .get("/api/v1/calendars/" + calendarId)
        .body()
        .path("lastSeq")
        .asLong();

    try (TestSocket reading = socket(reader, calendarId, cursor);
        TestSocket watching = socket(watcher, calendarId, cursor);
        TestSocket invited = socket(invitee, calendarId, 0);
        TestSocket outside = socket(outsider, calendarId, 0)) {
      var body = event("站会", "2026-12-08T01:00:00Z", "2026-12-08T01:15:00Z");
      body.put("private", true);
      body.put("attendees", List.of(Map.of("kind", "PERSON", "id", invitee.id())));
      UUID made = id(create(owner.api(), calendarId, body));
      body.put("title", "站会（改）");
      assertThat(owner.api().patch("/api/v1/events/" + made, body).status()).isEqualTo(200);
      assertThat(owner
              .api()
              .patch("/api/v1/calendars/" + calendarId, Map.of("color", "green"))
              .status())
          .isEqualTo(200);
      assertThat(owner.api().delete("/api/v1/events/" + made).status()).isEqualTo(204);
      long last = owner
          .api()
          .get("/api/v1/calendars/" + calendarId)
          .body()
          .path("lastSeq")
          .asLong();

      for (TestSocket socket : List.of(reading, watching)) {
        List<JsonNode> events = socket.eventsUntil(calendarId, last);
        assertThat(events)
            .extracting(ev -> ev.path("seq").asLong())
            .as("gap-free, in order")
            .containsExactlyElementsOf(
                LongStream.rangeClosed(cursor + 1, last).boxed().toList());
        assertThat(events)
            .extracting(ev -> ev.path("event").path("kind").asString())
            .containsExactly("event.changed", "event.changed", "calendar.updated", "event.removed");
        assertThat(events.get(0).path("event").path("eventId").asString())
            .isEqualTo(made.toString());
        assertThat(events.toString()).as("no content of a private event").doesNotContain("站会");
      }

      List<String> signals = List.of(
          signal(invited).path("payload").path("eventId").asString(),
          signal(invited).path("payload").path("eventId").asString(),
          signal(invited).path("payload").path("eventId").asString());
      assertThat(signals).containsOnly(made.toString());
      assertThat(outside.quiet(Duration.ofMillis(500)))
          .as("an outsider hears nothing")
          .isTrue();
    }
  }

  private static JsonNode signal(TestSocket socket) {
    for (JsonNode frame = socket.next(); ; frame = socket.next()) {
      if (frame.path("type").asString().equals("signal")
          && frame.path("kind").asString().equals("calendar.changed")) {
        return frame;
      }
    }
  }

  private TestSocket socket(People.Person person, UUID calendarId, long cursor) {
    var cursors = TestSocket.withTheRestUpToDate(person.api(), Map.of(calendarId, cursor));
    TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, person.email(), People.PASSWORD));
    socket.resume(cursors);
    socket.untilReady();
    return socket;
  }
}
