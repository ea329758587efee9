package dev.atrium.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Events, answers and people's notices through the API, for the invitation and free/busy tests. */
final class InvitationSteps {

  private InvitationSteps() {}

  /** The caller's personal calendar (made on first use). */
  static UUID personalCalendar(Api api, UUID personId) {
    Api.Response response = api.get("/api/v1/people/" + personId + "/calendar");
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return UUID.fromString(response.body().path("id").asString());
  }

  /**
   * An event on the organiser's personal calendar with these attendees (people) and the fields
   * given as name, value pairs over a timed event in Asia/Shanghai.
   */
  static UUID event(
      Api organizer,
      UUID organizerId,
      String title,
      Instant start,
      Instant end,
      List<UUID> attendees,
      Object... fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("allDay", false);
    body.put("start", start.toString());
    body.put("end", end.toString());
    body.put("timeZone", "Asia/Shanghai");
    body.put(
        "attendees",
        attendees.stream()
            .map(id -> Map.of("kind", "PERSON", "id", id.toString()))
            .toList());
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    Api.Response response = organizer.post(
        "/api/v1/calendars/" + personalCalendar(organizer, organizerId) + "/events", body);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return UUID.fromString(response.body().path("id").asString());
  }

  static Api.Response answer(Api api, UUID eventId, String response, String note) {
    return api.post(
        "/api/v1/events/" + eventId + "/answer", Map.of("response", response, "note", note));
  }

  static Api.Response answerOccurrence(Api api, UUID eventId, String response, Instant occurrence) {
    return api.post(
        "/api/v1/events/" + eventId + "/answer",
        Map.of("response", response, "note", "", "occurrence", occurrence.toString()));
  }

  /** The caller's notifications (the latest 100) about the event. */
  static List<JsonNode> notices(Api api, UUID eventId) {
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("link").asString().startsWith("/calendar/events/" + eventId)) {
        found.add(item);
      }
    });
    return found;
  }

  static List<String> kinds(Api api, UUID eventId) {
    return notices(api, eventId).stream().map(n -> n.path("kind").asString()).toList();
  }

  /** The kinds of the caller's notices about the event, once they include {@code kind}. */
  static List<String> kindsOnceTold(Api api, UUID eventId, String kind) {
    return Eventually.eventually(() -> kinds(api, eventId), kinds -> kinds.contains(kind));
  }

  /** The caller's notice of this kind about the event. */
  static JsonNode notice(Api api, UUID eventId, String kind) {
    return notices(api, eventId).stream()
        .filter(n -> n.path("kind").asString().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  /** The busy blocks of one person from {@code GET /calendar/free-busy}. */
  static JsonNode busy(Api api, UUID personId, Instant from, Instant to) {
    Api.Response response =
        api.get("/api/v1/calendar/free-busy?people=" + personId + "&from=" + from + "&to=" + to);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body().path("people").get(0).path("busy");
  }
}
