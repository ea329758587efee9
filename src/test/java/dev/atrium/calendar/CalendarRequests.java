package dev.atrium.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The calendar's HTTP calls as the tests make them. */
final class CalendarRequests {

  private CalendarRequests() {}

  static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  static Map<String, Object> grant(String kind, UUID id, String role) {
    return Map.of("kind", kind, "id", id, "role", role);
  }

  /** A team's calendar with these first grants; its creator manages it. */
  static JsonNode teamCalendar(Api api, String name, List<Map<String, Object>> grants) {
    Api.Response made = api.post(
        "/api/v1/calendars",
        Map.of("name", name, "kind", "TEAM", "timeZone", "Asia/Shanghai", "grants", grants));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    return made.body();
  }

  static UUID personal(Api api) {
    JsonNode list = api.get("/api/v1/calendars").body().path("calendars");
    return UUID.fromString(list.get(0).path("id").asString());
  }

  /** A timed event's body in Shanghai's zone, with nothing else set. */
  static Map<String, Object> event(String title, String start, String end) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("start", start);
    body.put("end", end);
    body.put("timeZone", "Asia/Shanghai");
    body.put("allDay", false);
    return body;
  }

  static JsonNode create(Api api, UUID calendarId, Map<String, Object> body) {
    Api.Response made = api.post("/api/v1/calendars/" + calendarId + "/events", body);
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    return made.body();
  }

  static JsonNode window(Api api, String from, String to, UUID... calendars) {
    StringBuilder ids = new StringBuilder();
    for (UUID c : calendars) {
      ids.append(ids.isEmpty() ? "" : ",").append(c);
    }
    Api.Response window = api.get("/api/v1/calendar/window?calendars=" + ids + "&from=" + from
        + "&to=" + to + "&zone=Asia/Shanghai");
    assertThat(window.status()).as("%s", window.body()).isEqualTo(200);
    return window.body();
  }

  static void assertRefused(Api.Response response, int status, String code) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.code()).isEqualTo(code);
  }
}
