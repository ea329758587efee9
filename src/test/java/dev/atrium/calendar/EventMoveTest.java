package dev.atrium.calendar;

import static dev.atrium.calendar.CalendarRequests.assertRefused;
import static dev.atrium.calendar.CalendarRequests.create;
import static dev.atrium.calendar.CalendarRequests.event;
import static dev.atrium.calendar.CalendarRequests.grant;
import static dev.atrium.calendar.CalendarRequests.id;
import static dev.atrium.calendar.CalendarRequests.window;
import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An event moves to another calendar its mover may edit, a series whole with its changed
 * occurrence, keeping its id, attendees and their answers: the old calendar's readers lose it (in
 * their window, in search, and hear it leave on the stream), the new one's find it. Every refusal
 * (a calendar not seen or only read, a room's, a cancelled event, a UID already there) leaves it
 * where it was.
 */
@IntegrationTest
class EventMoveTest {

  static final String FROM = "2027-01-01T00:00:00Z";
  static final String TO = "2027-02-01T00:00:00Z";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aSeriesMovesWholeAndItsReadersChange() throws Exception {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "移动日程 负责人");
    var oldReader = People.create(port, admin, "移动日程 旧读者");
    var newReader = People.create(port, admin, "移动日程 新读者");
    var invitee = People.create(port, admin, "移动日程 受邀者");
    String mark = "mv" + UUID.randomUUID().toString().substring(0, 6);
    UUID from = id(CalendarRequests.teamCalendar(
        owner.api(), "旧组", List.of(grant("PERSON", oldReader.id(), "READER"))));
    UUID to = id(CalendarRequests.teamCalendar(
        owner.api(), "新组", List.of(grant("PERSON", newReader.id(), "READER"))));

    var body = event("周会 " + mark, "2027-01-04T01:00:00Z", "2027-01-04T02:00:00Z");
    body.put("recurrence", "FREQ=WEEKLY;COUNT=3");
    body.put("reminders", List.of(15));
    body.put("attendees", List.of(Map.of("kind", "PERSON", "id", invitee.id())));
    UUID series = id(create(owner.api(), from, body));
    String uid = uid(series);
    var moved = event("周会（改期） " + mark, "2027-01-11T03:00:00Z", "2027-01-11T04:00:00Z");
    moved.put("reminders", List.of(15));
    assertThat(owner
            .api()
            .patch(
                "/api/v1/events/" + series + "?scope=THIS&occurrence=2027-01-11T01:00:00Z", moved)
            .status())
        .isEqualTo(200);
    assertThat(InvitationSteps.answer(invitee.api(), series, "ACCEPTED", "会到").status())
        .isEqualTo(200);
    eventually(() -> found(oldReader.api(), mark), ids -> ids.contains(series.toString()));
    long cursor =
        owner.api().get("/api/v1/calendars/" + from).body().path("lastSeq").asLong();

    try (TestSocket following = socket(oldReader, from, cursor)) {
      var answer = owner.api().post("/api/v1/events/" + series + "/move", Map.of("calendarId", to));
      assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
      assertThat(answer.body().path("id").asString()).isEqualTo(series.toString());
      assertThat(answer.body().path("calendarId").asString()).isEqualTo(to.toString());
      assertThat(answer.body().path("calendarName").asString()).isEqualTo("新组");

      JsonNode left = following.eventsUntil(from, cursor + 1).getLast();
      assertThat(left.path("event").path("kind").asString()).isEqualTo("event.removed");
      assertThat(left.path("event").path("eventId").asString()).isEqualTo(series.toString());
    }

    assertThat(window(owner.api(), FROM, TO, from).path("occurrences").isEmpty())
        .as("the old calendar holds nothing of it")
        .isTrue();
    assertThat(window(owner.api(), FROM, TO, to)
            .path("occurrences")
            .valueStream()
            .map(o -> o.path("start").asString())
            .toList())
        .as("all three, the changed one at its own time")
        .containsExactly("2027-01-04T01:00:00Z", "2027-01-11T03:00:00Z", "2027-01-18T01:00:00Z");
    assertThat(window(newReader.api(), FROM, TO, to).path("occurrences").size()).isEqualTo(3);
    assertRefused(oldReader.api().get("/api/v1/events/" + series), 404, "calendar.event-not-found");

    JsonNode detail = newReader.api().get("/api/v1/events/" + series).body();
    assertThat(detail.path("reminders").valueStream().map(JsonNode::asInt).toList())
        .containsExactly(15);
    assertThat(detail
            .path("attendees")
            .valueStream()
            .filter(
                a -> a.path("person").path("id").asString().equals(invitee.id().toString()))
            .map(a -> a.path("response").asString())
            .toList())
        .as("the attendee's answer stays")
        .containsExactly("ACCEPTED");
    assertThat(newReader
            .api()
            .get("/api/v1/events/" + series + "?occurrence=2027-01-11T01:00:00Z")
            .body()
            .path("title")
            .asString())
        .isEqualTo("周会（改期） " + mark);
    assertThat(uid(series)).as("the same iCalendar event").isEqualTo(uid);

    eventually(() -> found(newReader.api(), mark), ids -> ids.contains(series.toString()));
    eventually(() -> found(oldReader.api(), mark), List::isEmpty);
    assertThat(found(invitee.api(), mark))
        .as("an attendee still finds it")
        .contains(series.toString());
  }

  @Test
  void refusalsLeaveTheEventWhereItWas() {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "拒绝移动 负责人");
    var editor = People.create(port, admin, "拒绝移动 编辑");
    var stranger = People.create(port, admin, "拒绝移动 外人");
    UUID from = id(CalendarRequests.teamCalendar(
        owner.api(), "甲组", List.of(grant("PERSON", editor.id(), "EDITOR"))));
    UUID readOnly = id(CalendarRequests.teamCalendar(
        owner.api(), "乙组", List.of(grant("PERSON", editor.id(), "READER"))));
    UUID unseen = id(CalendarRequests.teamCalendar(owner.api(), "丙组", List.of()));
    UUID event =
        id(create(editor.api(), from, event("评审", "2027-01-05T01:00:00Z", "2027-01-05T02:00:00Z")));

    assertRefused(move(editor.api(), event, unseen), 404, "calendar.not-found");
    assertRefused(move(editor.api(), event, UUID.randomUUID()), 404, "calendar.not-found");
    assertRefused(move(editor.api(), event, readOnly), 403, "calendar.cannot-edit");
    assertRefused(move(stranger.api(), event, readOnly), 404, "calendar.event-not-found");

    var room = admin.post(
        "/api/v1/rooms",
        Map.of(
            "name",
            "移动会议室" + UUID.randomUUID(),
            "building",
            "总部",
            "floor",
            "2F",
            "capacity",
            4,
            "equipment",
            List.of(),
            "needsApproval",
            false));
    assertThat(room.status()).as("%s", room.body()).isEqualTo(201);
    UUID roomCalendar = UUID.fromString(room.body().path("calendarId").asString());
    UUID adminsPersonal = CalendarRequests.personal(admin);
    UUID adminsEvent = id(
        create(admin, adminsPersonal, event("备会", "2027-01-06T01:00:00Z", "2027-01-06T02:00:00Z")));
    assertRefused(move(admin, adminsEvent, roomCalendar), 400, "calendar.move-to-room");

    assertThat(owner.api().delete("/api/v1/events/" + event).status()).isEqualTo(204);
    UUID to = id(CalendarRequests.teamCalendar(
        owner.api(), "丁组", List.of(grant("PERSON", editor.id(), "EDITOR"))));
    assertRefused(move(editor.api(), event, to), 409, "calendar.event-cancelled");

    String ics = String.join(
        "\r\n",
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Outlook//EN",
        "BEGIN:VEVENT",
        "UID:twice-" + UUID.randomUUID() + "@example.com",
        "DTSTAMP:20270101T000000Z",
        "DTSTART:20270107T010000Z",
        "DTEND:20270107T020000Z",
        "SUMMARY:Imported twice",
        "END:VEVENT",
        "END:VCALENDAR",
        "");
    importIcs(editor.api(), from, ics);
    importIcs(editor.api(), to, ics);
    UUID imported =
        UUID.fromString(window(editor.api(), "2027-01-07T00:00:00Z", "2027-01-08T00:00:00Z", from)
            .path("occurrences")
            .get(0)
            .path("eventId")
            .asString());
    assertRefused(move(editor.api(), imported, to), 409, "calendar.event-uid-taken");

    assertThat(calendarOf(editor.api(), event)).isEqualTo(from.toString());
    assertThat(calendarOf(editor.api(), imported)).isEqualTo(from.toString());
    assertThat(calendarOf(admin, adminsEvent)).isEqualTo(adminsPersonal.toString());
  }

  private static String calendarOf(Api api, UUID event) {
    return api.get("/api/v1/events/" + event).body().path("calendarId").asString();
  }

  private static void importIcs(Api api, UUID calendar, String ics) {
    var answer = api.sendRaw(
        "POST",
        "/api/v1/calendars/" + calendar + "/import",
        "text/calendar",
        ics.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
  }

  private static Api.Response move(Api api, UUID event, UUID calendar) {
    return api.post("/api/v1/events/" + event + "/move", Map.of("calendarId", calendar));
  }

  private String uid(UUID event) {
    return jdbc.sql("select uid from calendar.event where id = ?")
        .param(event)
        .query(String.class)
        .single();
  }

  private static List<String> found(Api api, String query) {
    var answer =
        api.get("/api/v1/search?kind=event&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body().findValuesAsString("id");
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
