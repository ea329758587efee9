package dev.atrium.calendar;

import static dev.atrium.calendar.CalendarRequests.create;
import static dev.atrium.calendar.CalendarRequests.event;
import static dev.atrium.calendar.CalendarRequests.grant;
import static dev.atrium.calendar.CalendarRequests.id;
import static dev.atrium.calendar.CalendarRequests.personal;
import static dev.atrium.calendar.CalendarRequests.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * People's way through calendars over HTTP: a shared calendar and its grants, an event made, changed
 * and cancelled, a colleague's calendar overlaid, a private event seen as busy time, an invitation
 * on the invitee's own calendar.
 */
@IntegrationTest
class CalendarFlowTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person owner;
  People.Person editor;
  People.Person reader;
  People.Person colleague;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    owner = People.create(port, admin, "日历负责人");
    editor = People.create(port, admin, "日历编辑");
    reader = People.create(port, admin, "日历读者");
    colleague = People.create(port, admin, "隔壁同事");
  }

  @Test
  void aSharedCalendarIsReadAndWrittenByWhomItsGrantsSay() {
    JsonNode calendar = CalendarRequests.teamCalendar(
        owner.api(),
        "产品团队",
        List.of(grant("PERSON", editor.id(), "EDITOR"), grant("PERSON", reader.id(), "READER")));
    UUID calendarId = id(calendar);
    assertThat(calendar.path("role").asString()).isEqualTo("MANAGER");
    assertThat(calendar.path("subscribed").asBoolean()).isTrue();

    JsonNode readersList = reader.api().get("/api/v1/calendars").body().path("calendars");
    assertThat(readersList.get(0).path("mine").asBoolean()).as("my own first").isTrue();
    assertThat(readersList.get(0).path("kind").asString()).isEqualTo("PERSONAL");
    assertThat(readersList.valueStream().map(c -> c.path("name").asString())).contains("产品团队");

    JsonNode made = create(
        editor.api(), calendarId, event("周会", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z"));
    assertThat(made.path("title").asString()).isEqualTo("周会");
    assertThat(made.path("organizer").path("id").asString())
        .isEqualTo(editor.id().toString());
    assertThat(made.path("attendees").get(0).path("response").asString()).isEqualTo("ACCEPTED");
    assertThat(made.path("capabilities").path("edit").asBoolean()).isTrue();

    JsonNode read = reader.api().get("/api/v1/events/" + id(made)).body();
    assertThat(read.path("title").asString()).isEqualTo("周会");
    assertThat(read.path("capabilities").path("edit").asBoolean()).isFalse();
    CalendarRequests.assertRefused(
        reader
            .api()
            .patch(
                "/api/v1/events/" + id(made),
                event("改", "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z")),
        403,
        "calendar.cannot-edit");
    CalendarRequests.assertRefused(
        colleague.api().get("/api/v1/events/" + id(made)), 404, "calendar.event-not-found");
    CalendarRequests.assertRefused(
        colleague.api().get("/api/v1/calendars/" + calendarId), 404, "calendar.not-found");

    var changed = editor
        .api()
        .patch(
            "/api/v1/events/" + id(made),
            Map.of(
                "title", "周会（改）",
                "start", "2026-12-08T06:00:00Z",
                "end", "2026-12-08T07:00:00Z",
                "timeZone", "Asia/Shanghai",
                "location", "三楼"));
    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    assertThat(changed.body().path("title").asString()).isEqualTo("周会（改）");
    assertThat(changed.body().path("location").asString()).isEqualTo("三楼");
    assertThat(changed.body().path("sequence").asInt()).isEqualTo(1);

    JsonNode seen =
        window(reader.api(), "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z", calendarId);
    assertThat(seen.path("occurrences")).hasSize(1);
    assertThat(seen.path("occurrences").get(0).path("start").asString())
        .isEqualTo("2026-12-08T06:00:00Z");

    // the manager shares it with the colleague; the reader loses it
    var regranted = owner
        .api()
        .put(
            "/api/v1/calendars/" + calendarId + "/grants",
            Map.of(
                "grants",
                List.of(
                    grant("PERSON", owner.id(), "MANAGER"),
                    grant("PERSON", colleague.id(), "READER"))));
    assertThat(regranted.status()).as("%s", regranted.body()).isEqualTo(200);
    assertThat(colleague.api().get("/api/v1/events/" + id(made)).status()).isEqualTo(200);
    assertThat(reader.api().get("/api/v1/events/" + id(made)).status()).isEqualTo(404);
    // its organiser still sees the meeting they made, but no longer edits the calendar
    CalendarRequests.assertRefused(
        editor.api().delete("/api/v1/events/" + id(made)), 403, "calendar.cannot-edit");

    assertThat(owner.api().delete("/api/v1/events/" + id(made)).status()).isEqualTo(204);
    assertThat(window(colleague.api(), "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z", calendarId)
            .path("occurrences"))
        .isEmpty();
    assertThat(colleague
            .api()
            .get("/api/v1/events/" + id(made))
            .body()
            .path("status")
            .asString())
        .isEqualTo("CANCELLED");
  }

  @Test
  void aPersonalCalendarSaysItsZoneWasNeverChosenUntilSomeoneSetsIt() {
    JsonNode mine =
        colleague.api().get("/api/v1/calendars").body().path("calendars").get(0);
    assertThat(mine.path("kind").asString()).isEqualTo("PERSONAL");
    assertThat(mine.path("timeZone").asString()).isEqualTo("UTC");
    assertThat(mine.path("timeZoneChosen").asBoolean())
        .as("the server's default, for the web client to replace with the browser's zone")
        .isFalse();
    String path = "/api/v1/calendars/" + id(mine);
    JsonNode set =
        colleague.api().patch(path, Map.of("timeZone", "Asia/Shanghai")).body();
    assertThat(set.path("timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(set.path("timeZoneChosen").asBoolean()).isTrue();
    JsonNode renamed = colleague.api().patch(path, Map.of("name", "我的日程")).body();
    assertThat(renamed.path("timeZoneChosen").asBoolean())
        .as("chosen stays chosen")
        .isTrue();
    assertThat(CalendarRequests.teamCalendar(owner.api(), "新团队", List.of())
            .path("timeZoneChosen")
            .asBoolean())
        .as("whoever makes a team calendar gives it its zone")
        .isTrue();
  }

  @Test
  void aColleaguesCalendarOverlaysInMyColourAndItsPrivateEventsAreBusyTime() {
    UUID theirs = personal(colleague.api());
    create(colleague.api(), theirs, event("客户拜访", "2026-12-09T01:00:00Z", "2026-12-09T02:00:00Z"));
    var secret = event("体检", "2026-12-09T05:00:00Z", "2026-12-09T06:00:00Z");
    secret.put("private", true);
    secret.put("location", "医院");
    JsonNode hidden = create(colleague.api(), theirs, secret);

    JsonNode overlay = owner
        .api()
        .put("/api/v1/calendars/" + theirs + "/subscription", Map.of("color", "green"))
        .body();
    assertThat(overlay.path("role").asString()).isEqualTo("FREEBUSY");
    assertThat(overlay.path("color").asString()).isEqualTo("green");
    assertThat(owner
            .api()
            .get("/api/v1/calendars")
            .body()
            .path("calendars")
            .valueStream()
            .map(c -> c.path("id").asString()))
        .contains(theirs.toString());
    assertThat(owner
            .api()
            .get("/api/v1/people/" + colleague.id() + "/calendar")
            .body()
            .path("id")
            .asString())
        .isEqualTo(theirs.toString());

    JsonNode seen = window(owner.api(), "2026-12-09T00:00:00Z", "2026-12-10T00:00:00Z", theirs);
    assertThat(seen.path("occurrences")).hasSize(2);
    for (JsonNode occurrence : seen.path("occurrences")) {
      assertThat(occurrence.path("busyOnly").asBoolean()).as("free/busy only").isTrue();
      assertThat(occurrence.has("title")).as("no title").isFalse();
      assertThat(occurrence.path("color").asString()).isEqualTo("green");
    }
    JsonNode busy = owner.api().get("/api/v1/events/" + id(hidden)).body();
    assertThat(busy.path("busyOnly").asBoolean()).isTrue();
    assertThat(busy.has("title")).isFalse();
    assertThat(busy.has("location")).isFalse();

    // a reader sees the ordinary event and only busy time of the private one
    var shared = colleague
        .api()
        .put(
            "/api/v1/calendars/" + theirs + "/grants",
            Map.of("grants", List.of(grant("PERSON", owner.id(), "READER"))));
    assertThat(shared.status()).as("%s", shared.body()).isEqualTo(200);
    JsonNode read = window(owner.api(), "2026-12-09T00:00:00Z", "2026-12-10T00:00:00Z", theirs);
    assertThat(read.path("occurrences").get(0).path("title").asString()).isEqualTo("客户拜访");
    assertThat(read.path("occurrences").get(1).path("busyOnly").asBoolean()).isTrue();
    assertThat(read.path("occurrences").get(1).path("private").asBoolean()).isTrue();

    assertThat(
            owner.api().delete("/api/v1/calendars/" + theirs + "/subscription").status())
        .isEqualTo(204);
  }

  @Test
  void anInviteeSeesTheInvitationOnTheirOwnCalendarWithoutAGrant() {
    UUID mine = personal(owner.api());
    var body = event("评审会", "2026-12-10T02:00:00Z", "2026-12-10T03:00:00Z");
    body.put("private", true);
    body.put("attendees", List.of(Map.of("kind", "PERSON", "id", colleague.id())));
    JsonNode made = create(owner.api(), mine, body);
    assertThat(made.path("attendees")).hasSize(2);
    assertThat(made.path("attendees").get(1).path("response").asString()).isEqualTo("NEEDS_ACTION");

    UUID theirs = personal(colleague.api());
    JsonNode seen = window(colleague.api(), "2026-12-10T00:00:00Z", "2026-12-11T00:00:00Z", theirs);
    assertThat(seen.path("occurrences")).hasSize(1);
    JsonNode invitation = seen.path("occurrences").get(0);
    assertThat(invitation.path("title").asString()).isEqualTo("评审会");
    assertThat(invitation.path("myResponse").asString()).isEqualTo("NEEDS_ACTION");
    assertThat(invitation.path("calendarId").asString()).isEqualTo(mine.toString());

    JsonNode detail = colleague.api().get("/api/v1/events/" + id(made)).body();
    assertThat(detail.path("busyOnly").asBoolean()).isFalse();
    assertThat(detail.path("capabilities").path("answer").asBoolean()).isTrue();
    assertThat(detail.path("capabilities").path("edit").asBoolean()).isFalse();

    // dropped from the invitation, it leaves their calendar
    var dropped = owner
        .api()
        .patch(
            "/api/v1/events/" + id(made),
            Map.of(
                "title", "评审会",
                "start", "2026-12-10T02:00:00Z",
                "end", "2026-12-10T03:00:00Z",
                "timeZone", "Asia/Shanghai"));
    assertThat(dropped.status()).as("%s", dropped.body()).isEqualTo(200);
    assertThat(window(colleague.api(), "2026-12-10T00:00:00Z", "2026-12-11T00:00:00Z", theirs)
            .path("occurrences"))
        .isEmpty();
  }

  @Test
  void aWeeklyMeetingShowsEachWeekAndOneOccurrenceChangesOrGoesAlone() {
    UUID mine = personal(owner.api());
    var body = event("周会", "2026-12-07T02:00:00Z", "2026-12-07T03:00:00Z");
    body.put("recurrence", "FREQ=WEEKLY;COUNT=4");
    JsonNode made = create(owner.api(), mine, body);
    assertThat(made.path("recurring").asBoolean()).isTrue();
    String series = "/api/v1/events/" + id(made);

    var moved = event("周会（改期）", "2026-12-14T03:00:00Z", "2026-12-14T04:00:00Z");
    moved.put("recurrence", "FREQ=WEEKLY;COUNT=4");
    var changed = owner.api().patch(series + "?scope=THIS&occurrence=2026-12-14T02:00:00Z", moved);
    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    assertThat(changed.body().path("title").asString()).isEqualTo("周会（改期）");
    assertThat(changed.body().path("occurrence").asString()).isEqualTo("2026-12-14T02:00:00Z");
    assertThat(owner
            .api()
            .delete(series + "?scope=THIS&occurrence=2026-12-21T02:00:00Z")
            .status())
        .isEqualTo(204);

    JsonNode weeks = window(owner.api(), "2026-12-01T00:00:00Z", "2027-01-31T00:00:00Z", mine);
    assertThat(weeks
            .path("occurrences")
            .valueStream()
            .filter(o -> o.path("eventId").asString().equals(id(made).toString()))
            .map(o -> o.path("start").asString() + " " + o.path("title").asString()))
        .containsExactly(
            "2026-12-07T02:00:00Z 周会", "2026-12-14T03:00:00Z 周会（改期）", "2026-12-28T02:00:00Z 周会");
    JsonNode second =
        owner.api().get(series + "?occurrence=2026-12-14T02:00:00Z").body();
    assertThat(second.path("start").asString()).isEqualTo("2026-12-14T03:00:00Z");
    JsonNode fourth =
        owner.api().get(series + "?occurrence=2026-12-28T02:00:00Z").body();
    assertThat(fourth.path("title").asString()).isEqualTo("周会");
    assertThat(fourth.path("end").asString()).isEqualTo("2026-12-28T03:00:00Z");
    assertThat(owner.api().get(series + "?occurrence=2026-12-21T02:00:00Z").status())
        .as("a cancelled occurrence is gone")
        .isEqualTo(404);
  }
}
