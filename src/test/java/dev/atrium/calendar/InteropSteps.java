package dev.atrium.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.JsonNode;

/** Steps the calendar's interop tests share: calendars, events, feeds and reading them back. */
final class InteropSteps {

  private InteropSteps() {}

  /** The person's personal calendar, as they see it. */
  static UUID personal(Api api, UUID personId) {
    var answer = api.get("/api/v1/people/" + personId + "/calendar");
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return UUID.fromString(answer.body().path("id").asString());
  }

  /** Makes an event on the calendar from these fields over a timed hour's defaults. */
  static JsonNode event(Api api, UUID calendarId, Map<String, ?> fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Event");
    body.put("allDay", false);
    body.put("start", "2027-05-03T01:00:00Z");
    body.put("end", "2027-05-03T02:00:00Z");
    body.put("timeZone", "Asia/Shanghai");
    body.put("private", false);
    body.put("attendees", List.of());
    body.putAll(fields);
    var made = api.post("/api/v1/calendars/" + calendarId + "/events", body);
    assertThat(made.status()).as("%s", made.body()).isBetween(200, 201);
    return made.body();
  }

  static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  /** Grants a person a role on the calendar, keeping its manager. */
  static void grant(Api manager, UUID calendarId, UUID managerId, UUID personId, String role) {
    var replaced = manager.put(
        "/api/v1/calendars/" + calendarId + "/grants",
        Map.of(
            "grants",
            List.of(
                Map.of("kind", "PERSON", "id", managerId, "role", "MANAGER"),
                Map.of("kind", "PERSON", "id", personId, "role", role),
                Map.of("kind", "COMPANY", "role", "FREEBUSY"))));
    assertThat(replaced.status()).as("%s", replaced.body()).isBetween(200, 204);
  }

  /** Makes (or remakes) the person's feed URL and answers its path. */
  static String feedPath(Api api) {
    var made = api.post("/api/v1/calendar/feed", Map.of());
    assertThat(made.status()).as("%s", made.body()).isEqualTo(200);
    return made.body().path("path").asString();
  }

  /** The feed read as a calendar client reads it: no cookie, no token. */
  static HttpResponse<byte[]> fetch(int port, String path) {
    return new Api(port).bytes(path);
  }

  static Calendar parse(byte[] ics) {
    try {
      return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(
          "Not a calendar ical4j reads: " + new String(ics, StandardCharsets.UTF_8), e);
    }
  }

  /** The VEVENTs of this UID: its series or single event, then its changed occurrences. */
  static List<VEvent> withUid(Calendar calendar, String uid) {
    return calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> value(e, "UID").equals(uid))
        .sorted((a, b) -> Boolean.compare(
            a.getProperty("RECURRENCE-ID").isPresent(),
            b.getProperty("RECURRENCE-ID").isPresent()))
        .toList();
  }

  /** A property's value as written, or "" when the event has none. */
  static String value(VEvent event, String property) {
    return event.getProperty(property).map(p -> p.getValue()).orElse("");
  }
}
