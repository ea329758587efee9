package dev.atrium.calendar;

import static dev.atrium.calendar.InvitationSteps.answer;
import static dev.atrium.calendar.InvitationSteps.answerOccurrence;
import static dev.atrium.calendar.InvitationSteps.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Free/busy shows when people are taken and never what it is: a private event is a plain block, an
 * invitation answered "tentative" is flagged, a series is expanded less the occurrence declined; a
 * guest sees nobody's. Find-a-time suggests only times everyone is free, within working hours.
 */
@IntegrationTest
class FreeBusyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;

  Api admin;
  People.Person busyOne;
  People.Person colleague;
  People.Person organizer;
  LocalDate monday;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    busyOne = People.create(port, admin, "很忙的人");
    colleague = People.create(port, admin, "想约会的同事");
    organizer = People.create(port, admin, "发起例会的人");
    monday =
        LocalDate.now(SHANGHAI).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }

  @Test
  void privateEventsAreBusyOnlyTentativeIsFlaggedAndSeriesAreExpanded() {
    event(
        busyOne.api(),
        busyOne.id(),
        "看牙医（私事）",
        at(monday, "10:00"),
        at(monday, "11:00"),
        List.of(),
        "private",
        true);
    UUID invited = event(
        organizer.api(),
        organizer.id(),
        "预算讨论",
        at(monday, "14:00"),
        at(monday, "15:00"),
        List.of(busyOne.id()));
    assertThat(answer(busyOne.api(), invited, "TENTATIVE", "").status()).isEqualTo(200);
    UUID standUp = event(
        organizer.api(),
        organizer.id(),
        "每日站会",
        at(monday, "09:00"),
        at(monday, "09:15"),
        List.of(busyOne.id()),
        "recurrence",
        "FREQ=DAILY;COUNT=5");
    assertThat(answer(busyOne.api(), standUp, "ACCEPTED", "").status()).isEqualTo(200);
    assertThat(answerOccurrence(busyOne.api(), standUp, "DECLINED", at(monday.plusDays(1), "09:00"))
            .status())
        .isEqualTo(200);

    Api.Response response = colleague
        .api()
        .get("/api/v1/calendar/free-busy?people=" + busyOne.id() + "&from=" + at(monday, "00:00")
            + "&to=" + at(monday.plusDays(3), "00:00"));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    assertThat(response.body().toString())
        .as("no title leaves free/busy, private or not")
        .doesNotContain("牙医")
        .doesNotContain("预算");
    JsonNode person = response.body().path("people").get(0);
    assertThat(person.path("hidden").asBoolean()).isFalse();
    assertThat(blocks(person.path("busy")))
        .containsExactly(
            at(monday, "09:00") + "-" + at(monday, "09:15") + " busy",
            at(monday, "10:00") + "-" + at(monday, "11:00") + " busy",
            at(monday, "14:00") + "-" + at(monday, "15:00") + " tentative",
            // Tuesday's stand-up was declined
            at(monday.plusDays(2), "09:00") + "-" + at(monday.plusDays(2), "09:15") + " busy");
  }

  @Test
  void findTimeAvoidsEveryonesBusyBlocksAndKeepsToWorkingHours() {
    event(
        busyOne.api(),
        busyOne.id(),
        "私事",
        at(monday, "10:00"),
        at(monday, "11:00"),
        List.of(),
        "private",
        true);
    event(
        colleague.api(), colleague.id(), "面试", at(monday, "09:00"), at(monday, "09:15"), List.of());
    Api.Response response = organizer
        .api()
        .get("/api/v1/calendar/find-time?people="
            + busyOne.id() + "," + colleague.id() + "&duration=PT30M&step=PT15M&from="
            + at(monday, "00:00") + "&to=" + at(monday.plusDays(1), "00:00")
            + "&zone=Asia/Shanghai&dayStart=09:00&dayEnd=12:00");
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    assertThat(response
            .body()
            .path("slots")
            .valueStream()
            .map(slot -> slot.path("start").asString())
            .toList())
        .containsExactly(
            at(monday, "09:15").toString(),
            at(monday, "09:30").toString(),
            at(monday, "11:00").toString(),
            at(monday, "11:15").toString(),
            at(monday, "11:30").toString());
  }

  @Test
  void aGuestSeesNoOnesFreeBusyAndBadQuestionsAreRefusedWithACode() {
    event(busyOne.api(), busyOne.id(), "私事", at(monday, "10:00"), at(monday, "11:00"), List.of());
    People.Person guest = People.createGuest(port, admin, "外部访客");
    JsonNode person = guest
        .api()
        .get("/api/v1/calendar/free-busy?people=" + busyOne.id() + "&from=" + at(monday, "00:00")
            + "&to=" + at(monday.plusDays(1), "00:00"))
        .body()
        .path("people")
        .get(0);
    assertThat(person.path("hidden").asBoolean()).isTrue();
    assertThat(person.path("busy")).isEmpty();

    Api api = colleague.api();
    assertThat(api.get("/api/v1/calendar/free-busy?people=" + busyOne.id() + "&from="
                + at(monday, "00:00") + "&to=" + at(monday.plusDays(40), "00:00"))
            .code())
        .isEqualTo("calendar.free-busy-too-long");
    String many = String.join(",", Collections.nCopies(51, UUID.randomUUID().toString()));
    assertThat(api.get("/api/v1/calendar/free-busy?people=" + many + "&from=" + at(monday, "00:00")
                + "&to=" + at(monday.plusDays(1), "00:00"))
            .code())
        .isEqualTo("calendar.free-busy-too-many");
    assertThat(api.get("/api/v1/calendar/free-busy?people=" + UUID.randomUUID() + "&from="
                + at(monday, "00:00") + "&to=" + at(monday.plusDays(1), "00:00"))
            .code())
        .isEqualTo("calendar.attendee-unknown");
    assertThat(api.get("/api/v1/calendar/find-time?people=" + busyOne.id() + "&from="
                + at(monday, "00:00") + "&to=" + at(monday.plusDays(1), "00:00")
                + "&zone=Mars/Olympus")
            .code())
        .isEqualTo("calendar.time-zone-unknown");
    assertThat(api.get("/api/v1/calendar/find-time?people=" + busyOne.id() + "&from="
                + at(monday, "00:00") + "&to=" + at(monday.plusDays(1), "00:00")
                + "&zone=Asia/Shanghai&step=PT20M")
            .code())
        .isEqualTo("calendar.step-invalid");
  }

  private static Instant at(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
  }

  private static List<String> blocks(JsonNode busy) {
    return busy.valueStream()
        .map(block -> block.path("start").asString() + "-" + block.path("end").asString() + " "
            + (block.path("tentative").asBoolean() ? "tentative" : "busy"))
        .toList();
  }
}
