package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Meeting rooms the matrix calls endpoints on: a room needing approval whose calendar the owner
 * manages (its only approver: the administrator who added it handed approval over), and the
 * insider's meetings booking it, each waiting for the owner's decision.
 */
final class RoomFixture {

  final UUID room;
  final UUID calendar;
  final UUID request;
  final UUID requestedEvent;

  private final Cast cast;
  private final AtomicInteger hours = new AtomicInteger();
  private final Instant base =
      Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(200));

  RoomFixture(Cast cast) {
    this.cast = cast;
    JsonNode made = ok(
        cast.admin.post(
            "/api/v1/rooms",
            Map.of(
                "name", "矩阵会议室 " + UUID.randomUUID().toString().substring(0, 6),
                "capacity", 10,
                "needsApproval", true)),
        201);
    room = UUID.fromString(made.path("id").asString());
    calendar = UUID.fromString(made.path("calendarId").asString());
    ok(
        cast.admin.put(
            "/api/v1/calendars/" + calendar + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "COMPANY", "role", "FREEBUSY"),
                    Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "MANAGER")))),
        200);
    UUID[] first = request();
    requestedEvent = first[0];
    request = first[1];
  }

  /** A new meeting of the insider's in the room, an hour later than the last: {event, booking}. */
  UUID[] request() {
    Instant start = base.plus(Duration.ofHours(hours.getAndIncrement()));
    UUID personal = UUID.fromString(ok(
            cast.insider().get("/api/v1/people/" + cast.id(Actor.INSIDER) + "/calendar"), 200)
        .path("id")
        .asString());
    UUID event = id(
        cast.insider()
            .post(
                "/api/v1/calendars/" + personal + "/events",
                Map.of(
                    "title", "矩阵会议",
                    "allDay", false,
                    "private", false,
                    "start", start.toString(),
                    "end", start.plus(Duration.ofMinutes(30)).toString(),
                    "timeZone", "Asia/Shanghai",
                    "roomId", room.toString(),
                    "attendees", List.of())),
        201);
    for (JsonNode r : ok(cast.owner().get("/api/v1/rooms/requests"), 200).path("requests")) {
      if (r.path("eventId").asString().equals(event.toString())) {
        return new UUID[] {event, UUID.fromString(r.path("bookingId").asString())};
      }
    }
    throw new AssertionError("the owner was not asked to approve the room for " + event);
  }

  /** A new room of the administrator's, for a call that changes or archives it. */
  UUID room() {
    return id(
        cast.admin.post(
            "/api/v1/rooms",
            Map.of("name", "矩阵备用会议室 " + UUID.randomUUID().toString().substring(0, 6), "capacity", 4)),
        201);
  }
}
