package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calendar objects the matrix calls endpoints on: the owner's team calendar, managed by the owner,
 * edited by the insider, read by the other department's administrator and seen as free/busy only by
 * the member of department B (the guest and the system administrator hold nothing on it), with an
 * event on it; fresh calendars and events for the calls that remove them, and a second such
 * calendar to move events to.
 */
final class CalendarFixture {

  /** The event's title: shown to those who see its details, never to a free/busy holder. */
  static final String TITLE = "矩阵日程 Meeting";

  final UUID calendar;
  final UUID event;
  final UUID ownersPersonal;

  /** A second team calendar with the same grants, where events are moved to. */
  final UUID target;

  private final Cast cast;

  CalendarFixture(Cast cast) {
    this.cast = cast;
    calendar = freshCalendar();
    event = freshEvent();
    target = freshCalendar();
    ownersPersonal = UUID.fromString(ok(
            cast.owner().get("/api/v1/people/" + cast.id(Actor.OWNER) + "/calendar"), 200)
        .path("id")
        .asString());
  }

  UUID freshCalendar() {
    return id(
        cast.owner()
            .post(
                "/api/v1/calendars",
                Map.of("name", "矩阵日历 Calendar", "kind", "TEAM", "grants", grants())),
        201);
  }

  List<Map<String, Object>> grants() {
    return List.of(
        Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "MANAGER"),
        Map.of("kind", "PERSON", "id", cast.id(Actor.INSIDER), "role", "EDITOR"),
        Map.of("kind", "PERSON", "id", cast.id(Actor.OTHER_DEPARTMENT_ADMIN), "role", "READER"),
        Map.of("kind", "PERSON", "id", cast.id(Actor.OTHER_DEPARTMENT), "role", "FREEBUSY"));
  }

  UUID freshEvent() {
    return id(cast.owner().post("/api/v1/calendars/" + calendar + "/events", event()), 201);
  }

  static Map<String, Object> event() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", TITLE);
    body.put("start", "2026-12-08T02:00:00Z");
    body.put("end", "2026-12-08T03:00:00Z");
    body.put("timeZone", "Asia/Shanghai");
    body.put("allDay", false);
    return body;
  }
}
