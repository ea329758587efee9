package dev.atrium.calendar;

import static dev.atrium.calendar.InvitationSteps.answer;
import static dev.atrium.calendar.InvitationSteps.busy;
import static dev.atrium.calendar.InvitationSteps.event;
import static dev.atrium.calendar.InvitationSteps.kinds;
import static dev.atrium.calendar.InvitationSteps.kindsOnceTold;
import static dev.atrium.calendar.InvitationSteps.notice;
import static dev.atrium.calendar.InvitationSteps.personalCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.StreamPage;
import dev.atrium.realtime.Streams;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An organiser invites two colleagues: they are told and find the invitation in their list; an
 * answer reaches the organiser as a notice and on the calendar's stream; a declined meeting no
 * longer takes the decliner's time; a proposed time reaches the organiser; a cancellation tells
 * everyone invited; a new room or time is told with what it now is, a new description is not.
 */
@IntegrationTest
class CalendarInvitationsTest {

  @LocalServerPort
  int port;

  @Autowired
  Streams streams;

  @Autowired
  StreamKind<CalendarStreamEvent> calendarStream;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  People.Person organizer;
  People.Person ann;
  People.Person bo;
  Instant start;
  Instant end;

  @BeforeEach
  void cast() {
    Api admin = People.admin(port);
    organizer = People.create(port, admin, "会议组织者");
    ann = People.create(port, admin, "受邀的安");
    bo = People.create(port, admin, "受邀的波");
    start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    end = start.plus(Duration.ofHours(1));
  }

  @Test
  void inviteesAreToldAndTheOrganiserSeesAnswersLive() {
    UUID eventId =
        event(organizer.api(), organizer.id(), "季度评审", start, end, List.of(ann.id(), bo.id()));
    assertThat(kindsOnceTold(ann.api(), eventId, "calendar.invited"))
        .containsExactly("calendar.invited");
    assertThat(kindsOnceTold(bo.api(), eventId, "calendar.invited"))
        .containsExactly("calendar.invited");
    assertThat(kinds(organizer.api(), eventId))
        .as("the organiser invites nobody to their own")
        .isEmpty();
    assertThat(invitations(ann.api())).contains(eventId);

    UUID calendarId = personalCalendar(organizer.api(), organizer.id());
    long before = streams.page(calendarStream, calendarId, 0).lastSeq();
    Api.Response answered = answer(ann.api(), eventId, "ACCEPTED", "我会准时到");
    assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
    assertThat(answered.body().path("myResponse").asString()).isEqualTo("ACCEPTED");
    StreamPage page = streams.page(calendarStream, calendarId, before);
    assertThat(page.entries())
        .as("the organiser's calendar stream tells the answer at once")
        .anySatisfy(entry -> {
          assertThat(entry.event().path("kind").asString()).isEqualTo("event.changed");
          assertThat(entry.event().path("eventId").asString()).isEqualTo(eventId.toString());
        });
    assertThat(invitations(ann.api())).as("answered, it waits no more").doesNotContain(eventId);

    kindsOnceTold(organizer.api(), eventId, "calendar.answered");
    JsonNode told = notice(organizer.api(), eventId, "calendar.answered");
    assertThat(told.path("title").path("key").asString()).isEqualTo("calendarNotices.accepted");
    assertThat(told.path("text").path("params").path("text").asString()).isEqualTo("我会准时到");
    JsonNode detail = organizer.api().get("/api/v1/events/" + eventId).body();
    assertThat(detail
            .path("attendees")
            .valueStream()
            .filter(a -> a.path("person").path("id").asString().equals(ann.id().toString()))
            .findFirst()
            .orElseThrow()
            .path("response")
            .asString())
        .isEqualTo("ACCEPTED");

    Instant from = start.minus(Duration.ofHours(2));
    Instant to = end.plus(Duration.ofHours(2));
    assertThat(busy(organizer.api(), bo.id(), from, to))
        .as("unanswered, the meeting takes Bo's time tentatively")
        .singleElement()
        .satisfies(block -> assertThat(block.path("tentative").asBoolean()).isTrue());
    assertThat(answer(bo.api(), eventId, "DECLINED", "").status()).isEqualTo(200);
    assertThat(busy(organizer.api(), bo.id(), from, to))
        .as("declined, Bo is free")
        .isEmpty();
    assertThat(busy(organizer.api(), ann.id(), from, to)).singleElement().satisfies(block -> {
      assertThat(block.path("start").asString()).isEqualTo(start.toString());
      assertThat(block.path("tentative").asBoolean()).isFalse();
    });
    Eventually.eventually(
        () -> InvitationSteps.notices(organizer.api(), eventId).stream()
            .map(n -> n.path("title").path("key").asString())
            .toList(),
        keys -> keys.contains("calendarNotices.declined"));
  }

  @Test
  void aProposedTimeReachesTheOrganiserAndACancellationEveryoneInvited() {
    UUID eventId =
        event(organizer.api(), organizer.id(), "产品周会", start, end, List.of(ann.id(), bo.id()));
    Instant later = start.plus(Duration.ofHours(2));
    Api.Response proposed = ann.api()
        .post(
            "/api/v1/events/" + eventId + "/proposals",
            Map.of(
                "start",
                later.toString(),
                "end",
                later.plus(Duration.ofHours(1)).toString(),
                "note",
                "上午我在客户那里"));
    assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
    kindsOnceTold(organizer.api(), eventId, "calendar.proposed");
    assertThat(notice(organizer.api(), eventId, "calendar.proposed")
            .path("text")
            .path("params")
            .path("text")
            .asString())
        .isEqualTo("上午我在客户那里");
    JsonNode proposals = organizer.api().get("/api/v1/events/" + eventId).body().path("proposals");
    assertThat(proposals).singleElement().satisfies(p -> {
      assertThat(p.path("start").asString()).isEqualTo(later.toString());
      assertThat(p.path("person").path("id").asString()).isEqualTo(ann.id().toString());
    });
    assertThat(bo.api().get("/api/v1/events/" + eventId).body().path("proposals"))
        .as("an attendee sees their own proposals, not the others'")
        .isEmpty();
    assertThat(organizer
            .api()
            .post(
                "/api/v1/events/" + eventId + "/proposals",
                Map.of(
                    "start",
                    later.toString(),
                    "end",
                    later.plus(Duration.ofHours(1)).toString()))
            .code())
        .isEqualTo("calendar.proposal-by-organizer");

    assertThat(
            organizer.api().delete("/api/v1/events/" + eventId + "?scope=ALL").status())
        .isBetween(200, 204);
    assertThat(kindsOnceTold(ann.api(), eventId, "calendar.cancelled"))
        .contains("calendar.cancelled");
    assertThat(kindsOnceTold(bo.api(), eventId, "calendar.cancelled"))
        .contains("calendar.cancelled");
    assertThat(kinds(organizer.api(), eventId)).doesNotContain("calendar.cancelled");
  }

  @Test
  void onlyAnInviteeAnswersAndAnAnswerIsOneOfThree() {
    UUID eventId = event(organizer.api(), organizer.id(), "私下的会", start, end, List.of(ann.id()));
    assertThat(answer(bo.api(), eventId, "ACCEPTED", "").code())
        .as("Bo may see free/busy of the organiser's calendar only, so the event is not found")
        .isEqualTo("calendar.event-not-found");
    assertThat(answer(ann.api(), eventId, "NEEDS_ACTION", "").code())
        .isEqualTo("calendar.response-invalid");
    assertThat(answer(ann.api(), eventId, "ACCEPTED", "长".repeat(501)).code())
        .isEqualTo("calendar.note-too-long");
    assertThat(
            ann.api().get("/api/v1/events/" + eventId).body().path("myResponse").asString())
        .as("nothing half-stored")
        .isEqualTo("NEEDS_ACTION");
  }

  @Test
  void anAttendeeIsToldTheNewRoomAndADescriptionEditTellsNoOne() {
    Api admin = People.admin(port);
    UUID small = room(admin, "小会议室 " + UUID.randomUUID());
    String bigName = "大会议室 " + UUID.randomUUID();
    UUID big = room(admin, bigName);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "预算评审");
    body.put("start", start.toString());
    body.put("end", end.toString());
    body.put("timeZone", "Asia/Shanghai");
    body.put("roomId", small.toString());
    body.put("attendees", List.of(Map.of("kind", "PERSON", "id", ann.id().toString())));
    UUID eventId = event(
        organizer.api(), organizer.id(), "预算评审", start, end, List.of(ann.id()), "roomId", small);
    kindsOnceTold(ann.api(), eventId, "calendar.invited");

    body.put(
        "description",
        Map.of(
            "type",
            "doc",
            "content",
            List.of(Map.of(
                "type",
                "paragraph",
                "content",
                List.of(Map.of("type", "text", "text", "议程见附件"))))));
    assertThat(organizer.api().patch("/api/v1/events/" + eventId, body).status())
        .isEqualTo(200);
    new DomainEvents(publisher, transactions, jdbc).awaitHandled(eventId);
    assertThat(kinds(ann.api(), eventId))
        .as("a new description is no news to tell")
        .containsExactly("calendar.invited");

    body.put("roomId", big.toString());
    assertThat(organizer.api().patch("/api/v1/events/" + eventId, body).status())
        .isEqualTo(200);
    kindsOnceTold(ann.api(), eventId, "calendar.changed");
    JsonNode told = notice(ann.api(), eventId, "calendar.changed");
    assertThat(told.path("title").path("key").asString())
        .isEqualTo("calendarNotices.place-changed");
    assertThat(told.path("title").path("params").path("place").asString()).isEqualTo(bigName);
    assertThat(told.path("title").path("params").path("start").asString())
        .isEqualTo(start.toString());
    assertThat(kinds(organizer.api(), eventId)).as("not the one who moved it").isEmpty();

    Instant later = start.plus(Duration.ofHours(2));
    body.put("start", later.toString());
    body.put("end", later.plus(Duration.ofHours(1)).toString());
    body.put("location", "东门集合");
    assertThat(organizer.api().patch("/api/v1/events/" + eventId, body).status())
        .isEqualTo(200);
    new DomainEvents(publisher, transactions, jdbc).awaitHandled(eventId);
    List<JsonNode> changes = InvitationSteps.notices(ann.api(), eventId).stream()
        .filter(n -> n.path("kind").asString().equals("calendar.changed"))
        .toList();
    assertThat(changes).as("each change is its own notice, once").hasSize(2);
    JsonNode moved = changes.getFirst();
    assertThat(moved.path("title").path("key").asString()).isEqualTo("calendarNotices.moved");
    assertThat(moved.path("title").path("params").path("start").asString())
        .isEqualTo(later.toString());
    assertThat(moved.path("text").path("params").path("place").asString())
        .isEqualTo(bigName + " · 东门集合");
  }

  @Test
  void anOccurrenceMovedAloneIsToldWithItsNewTimeAndRenamedLaterAsARename() {
    UUID series = event(
        organizer.api(),
        organizer.id(),
        "站会",
        start,
        end,
        List.of(ann.id()),
        "recurrence",
        "FREQ=DAILY;COUNT=5");
    kindsOnceTold(ann.api(), series, "calendar.invited");
    Instant second = start.plus(Duration.ofDays(1));
    Instant moved = second.plus(Duration.ofHours(3));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "站会");
    body.put("start", moved.toString());
    body.put("end", moved.plus(Duration.ofHours(1)).toString());
    body.put("timeZone", "Asia/Shanghai");
    String occurrence = "/api/v1/events/" + series + "?scope=THIS&occurrence=" + second;
    assertThat(organizer.api().patch(occurrence, body).status()).isEqualTo(200);
    body.put("title", "站会（改到下午）");
    assertThat(organizer.api().patch(occurrence, body).status()).isEqualTo(200);
    new DomainEvents(publisher, transactions, jdbc).awaitHandled(series);

    List<JsonNode> changes = InvitationSteps.notices(ann.api(), series).stream()
        .filter(n -> n.path("kind").asString().equals("calendar.changed"))
        .toList();
    assertThat(changes)
        .extracting(n -> n.path("title").path("key").asString())
        .as("newest first: renamed at the time it already had, then moved")
        .containsExactly("calendarNotices.renamed", "calendarNotices.moved");
    JsonNode movedNotice = changes.getLast();
    assertThat(movedNotice.path("title").path("params").path("start").asString())
        .isEqualTo(moved.toString());
    assertThat(movedNotice.path("link").asString())
        .as("it links to that occurrence")
        .isEqualTo("/calendar/events/" + series + "?occurrence=" + second);
  }

  private static UUID room(Api admin, String name) {
    Api.Response made = admin.post("/api/v1/rooms", Map.of("name", name, "capacity", 8));
    assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
    return UUID.fromString(made.body().path("id").asString());
  }

  private static List<UUID> invitations(Api api) {
    return api.get("/api/v1/calendar/invitations")
        .body()
        .path("invitations")
        .valueStream()
        .map(i -> UUID.fromString(i.path("eventId").asString()))
        .toList();
  }
}
