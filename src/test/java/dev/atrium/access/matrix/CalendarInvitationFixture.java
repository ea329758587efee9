package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event the matrix answers and proposes times for: on the owner's personal calendar (everyone in
 * the company sees only its free/busy), the insider invited.
 */
final class CalendarInvitationFixture {

  final UUID event;

  CalendarInvitationFixture(Cast cast) {
    UUID calendar = UUID.fromString(ok(
            cast.owner().get("/api/v1/people/" + cast.id(Actor.OWNER) + "/calendar"), 200)
        .path("id")
        .asString());
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    event = id(
        cast.owner()
            .post(
                "/api/v1/calendars/" + calendar + "/events",
                Map.of(
                    "title",
                    "矩阵会议",
                    "allDay",
                    false,
                    "start",
                    start.toString(),
                    "end",
                    start.plus(Duration.ofHours(1)).toString(),
                    "timeZone",
                    "Asia/Shanghai",
                    "attendees",
                    List.of(Map.of("kind", "PERSON", "id", cast.id(Actor.INSIDER))))),
        201);
  }
}
