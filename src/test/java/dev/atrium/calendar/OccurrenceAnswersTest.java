package dev.atrium.calendar;

import static dev.atrium.calendar.InvitationSteps.answer;
import static dev.atrium.calendar.InvitationSteps.event;
import static dev.atrium.calendar.InvitationSteps.personalCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Ann accepts a weekly meeting but cannot come to its second occurrence: the detail of that
 * occurrence shows her refusal to the organiser and to Bo, whose open meeting is told at once; the
 * other occurrences still show her series answer, and her own calendar shows which she declined.
 */
@IntegrationTest
class OccurrenceAnswersTest {

  @LocalServerPort
  int port;

  @Test
  void anOccurrenceShowsEachAttendeesAnswerToItAndTheOthersSeeItLive() {
    Api admin = People.admin(port);
    People.Person organizer = People.create(port, admin, "周会组织者");
    People.Person ann = People.create(port, admin, "请假的安");
    People.Person bo = People.create(port, admin, "参会的波");
    Instant first = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    Instant second = first.plus(Duration.ofDays(7));
    UUID series = event(
        organizer.api(),
        organizer.id(),
        "产品周会",
        first,
        first.plus(Duration.ofHours(1)),
        List.of(ann.id(), bo.id()),
        "recurrence",
        "FREQ=WEEKLY;COUNT=4");
    assertThat(answer(ann.api(), series, "ACCEPTED", "").status()).isEqualTo(200);

    try (TestSocket boWatching =
        TestSocket.connect(port, TestSocket.sessionCookie(port, bo.email(), People.PASSWORD))) {
      boWatching.resume(TestSocket.withTheRestUpToDate(bo.api(), Map.of()));
      boWatching.untilReady();
      Api.Response declined = ann.api()
          .post(
              "/api/v1/events/" + series + "/answer",
              Map.of("response", "DECLINED", "note", "那周出差", "occurrence", second.toString()));
      assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
      assertThat(declined.body().path("myResponse").asString())
          .as("the answer shows what Ann answered for that occurrence")
          .isEqualTo("DECLINED");
      assertThat(signalFor(boWatching))
          .as("Bo, who does not follow the organiser's calendar, is told to refetch the meeting")
          .isEqualTo(series.toString());
    }

    for (Api viewer : List.of(organizer.api(), bo.api())) {
      JsonNode ofAnn = attendee(detail(viewer, series, second), ann.id());
      assertThat(ofAnn.path("response").asString()).isEqualTo("DECLINED");
      assertThat(ofAnn.path("note").asString()).isEqualTo("那周出差");
      assertThat(ofAnn.path("forOccurrence").asBoolean()).isTrue();
      assertThat(
              attendee(detail(viewer, series, second), bo.id()).path("response").asString())
          .as("Bo has answered neither")
          .isEqualTo("NEEDS_ACTION");
      JsonNode firstOfAnn = attendee(detail(viewer, series, first), ann.id());
      assertThat(firstOfAnn.path("response").asString())
          .as("the other occurrences keep her series answer")
          .isEqualTo("ACCEPTED");
      assertThat(firstOfAnn.path("forOccurrence").asBoolean()).isFalse();
    }
    assertThat(detail(ann.api(), series, second).path("myResponse").asString())
        .isEqualTo("DECLINED");
    assertThat(detail(ann.api(), series, null).path("myResponse").asString())
        .as("the series itself still has her acceptance")
        .isEqualTo("ACCEPTED");
    Api.Response window = ann.api()
        .get("/api/v1/calendar/window?calendars=" + personalCalendar(ann.api(), ann.id()) + "&from="
            + first.minus(Duration.ofDays(1)) + "&to="
            + second.plus(Duration.ofDays(1)) + "&zone=Asia/Shanghai");
    assertThat(window.status()).as(window.body().toString()).isEqualTo(200);
    assertThat(window
            .body()
            .path("occurrences")
            .valueStream()
            .filter(o -> o.path("eventId").asString().equals(series.toString()))
            .map(o -> o.path("myResponse").asString())
            .toList())
        .as("Ann's calendar shows the second meeting declined, the first accepted")
        .containsExactly("ACCEPTED", "DECLINED");
  }

  private static JsonNode detail(Api api, UUID eventId, Instant occurrence) {
    Api.Response response = api.get(
        "/api/v1/events/" + eventId + (occurrence == null ? "" : "?occurrence=" + occurrence));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode attendee(JsonNode detail, UUID personId) {
    return detail
        .path("attendees")
        .valueStream()
        .filter(a -> a.path("person").path("id").asString().equals(personId.toString()))
        .findFirst()
        .orElseThrow();
  }

  private static String signalFor(TestSocket socket) {
    for (JsonNode frame = socket.next(); ; frame = socket.next()) {
      if (frame.path("type").asString().equals("signal")
          && frame.path("kind").asString().equals("calendar.changed")) {
        return frame.path("payload").path("eventId").asString();
      }
    }
  }
}
