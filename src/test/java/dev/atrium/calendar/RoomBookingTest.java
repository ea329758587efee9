package dev.atrium.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.calendar.internal.RoomRoll;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Meeting rooms as people meet them: a slot goes to exactly one of several people booking it at
 * once, a cancelled meeting frees its room, a room needing approval waits for its approvers, and
 * the search lists only rooms free at the time and big enough; a weekly meeting keeps its room a
 * year ahead as time passes.
 */
@IntegrationTest
class RoomBookingTest {

  /** Each test books its own days, far enough apart that no two tests' rooms or times meet. */
  private static final AtomicInteger DAY = new AtomicInteger();

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RoomRoll roll;

  @Test
  void ofSeveralPeopleBookingOneSlotAtOnceExactlyOneWins() throws Exception {
    Api admin = People.admin(port);
    UUID room = room(admin, "并发会议室" + UUID.randomUUID(), 8, List.of("projector"), false);
    Instant start = slot();
    int people = 6;
    List<People.Person> bookers = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      bookers.add(People.create(port, admin, "抢会议室的人" + i));
    }
    Map<People.Person, UUID> calendars = new HashMap<>();
    bookers.forEach(p -> calendars.put(p, personalCalendar(p)));

    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Response>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(people)) {
      for (People.Person booker : bookers) {
        answers.add(pool.submit(() -> {
          go.await();
          return booker
              .api()
              .post(
                  "/api/v1/calendars/" + calendars.get(booker) + "/events",
                  meeting("周会", start, start.plus(Duration.ofHours(1)), room));
        }));
      }
      go.countDown();
      List<Api.Response> done = new ArrayList<>();
      for (Future<Api.Response> answer : answers) {
        done.add(answer.get());
      }
      assertThat(done.stream().filter(r -> r.status() == 201)).hasSize(1);
      // the losers' meetings were not stored without their room: nothing half-stored
      for (int i = 0; i < people; i++) {
        if (done.get(i).status() != 201) {
          People.Person loser = bookers.get(i);
          var window = loser
              .api()
              .get("/api/v1/calendar/window?calendars=" + calendars.get(loser) + "&from="
                  + start.minus(Duration.ofDays(1)) + "&to=" + start.plus(Duration.ofDays(1))
                  + "&zone=UTC");
          assertThat(window.status()).isEqualTo(200);
          assertThat(window.body().path("occurrences").size()).isZero();
        }
      }
      assertThat(done.stream().filter(r -> r.status() != 201))
          .hasSize(people - 1)
          .allSatisfy(r -> {
            assertThat(r.status()).as(r.body().toString()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("calendar.room-taken");
          });
    }
    assertThat(busy(admin, room, start, start.plus(Duration.ofHours(1)))).isTrue();
  }

  @Test
  void aCancelledMeetingFreesItsRoomAndTheSearchListsOnlyFreeRoomsBigEnough() {
    Api admin = People.admin(port);
    String building = "楼" + UUID.randomUUID();
    UUID small = room(admin, "小间", 4, List.of(), false, building);
    UUID big = room(admin, "大间", 12, List.of("video", "projector"), false, building);
    UUID other = room(admin, "另一大间", 10, List.of("projector"), false, building);
    var organiser = People.create(port, admin, "订会议室的人");
    var colleague = People.create(port, admin, "也想订的人");
    Instant start = slot();
    Instant end = start.plus(Duration.ofMinutes(30));

    var created = organiser
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(organiser) + "/events",
            meeting("评审", start, end, big));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String eventId = created.body().path("id").asString();

    assertThat(search(colleague.api(), building, start, end, 6, List.of(), true))
        .containsExactly(other);
    assertThat(search(colleague.api(), building, start, end, 1, List.of("projector"), false))
        .containsExactlyInAnyOrder(big, other);
    assertThat(search(colleague.api(), building, start, end, 1, List.of(), true))
        .containsExactlyInAnyOrder(small, other);
    // back to back is not an overlap
    assertThat(search(
            colleague.api(), building, end, end.plus(Duration.ofHours(1)), 11, List.of(), true))
        .containsExactly(big);

    var taken = colleague
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(colleague) + "/events",
            meeting(
                "抢占", start.plus(Duration.ofMinutes(15)), end.plus(Duration.ofMinutes(15)), big));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("calendar.room-taken");

    assertThat(
            organiser.api().delete("/api/v1/events/" + eventId + "?scope=ALL").status())
        .isBetween(200, 204);
    assertThat(search(colleague.api(), building, start, end, 11, List.of(), true))
        .containsExactly(big);
    var now = colleague
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(colleague) + "/events",
            meeting("改期后的会", start, end, big));
    assertThat(now.status()).as(now.body().toString()).isEqualTo(201);
  }

  @Test
  void aRoomNeedingApprovalWaitsForItsApproverWhoAloneDecides() {
    Api admin = People.admin(port);
    UUID room = room(admin, "董事会议室" + UUID.randomUUID(), 20, List.of(), true);
    var organiser = People.create(port, admin, "申请会议室的人");
    var outsider = People.create(port, admin, "旁人");
    Instant start = slot();
    Instant end = start.plus(Duration.ofHours(2));

    var created = organiser
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(organiser) + "/events",
            meeting("董事会", start, end, room));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String eventId = created.body().path("id").asString();

    // a pending request already holds the room
    var second = outsider
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(outsider) + "/events",
            meeting("别的会", start, end, room));
    assertThat(second.code()).isEqualTo("calendar.room-taken");

    JsonNode request = Eventually.eventually(() -> requestFor(admin, eventId), r -> r != null);
    assertThat(request.path("roomId").asString()).isEqualTo(room.toString());
    assertThat(request.path("title").asString()).isEqualTo("董事会");
    assertThat(request.path("organizerId").asString()).isEqualTo(organiser.id().toString());
    assertThat(requestFor(outsider.api(), eventId)).isNull();
    Eventually.eventually(
        () -> noticeKinds(admin, "/calendar/rooms/requests"),
        kinds -> kinds.contains("calendar.room-request"));

    String booking = request.path("bookingId").asString();
    var refused = outsider.api().post("/api/v1/rooms/bookings/" + booking + "/approve", null);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.code()).isEqualTo("calendar.room-request-unknown");
    assertThat(
            admin.post("/api/v1/rooms/bookings/" + booking + "/approve", null).status())
        .isEqualTo(204);
    var again = admin.post("/api/v1/rooms/bookings/" + booking + "/decline", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("calendar.room-request-decided");
    assertThat(requestFor(admin, eventId)).isNull();
    Eventually.eventually(
        () -> noticeKinds(organiser.api(), "/calendar/events/" + eventId),
        kinds -> kinds.contains("calendar.room-decided"));

    // a declined request frees the slot for someone else
    Instant later = end.plus(Duration.ofHours(1));
    var pending = organiser
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(organiser) + "/events",
            meeting("第二次董事会", later, later.plus(Duration.ofHours(1)), room));
    String pendingId = pending.body().path("id").asString();
    JsonNode next = Eventually.eventually(() -> requestFor(admin, pendingId), r -> r != null);
    assertThat(admin
            .post("/api/v1/rooms/bookings/" + next.path("bookingId").asString() + "/decline", null)
            .status())
        .isEqualTo(204);
    var freed = outsider
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(outsider) + "/events",
            meeting("别的会", later, later.plus(Duration.ofHours(1)), room));
    assertThat(freed.status()).as(freed.body().toString()).isEqualTo(201);
  }

  @Test
  void approvalHandedOverBySharingTheRoomsCalendarGoesToTheNewApprover() {
    Api admin = People.admin(port);
    var made = admin.post(
        "/api/v1/rooms",
        Map.of(
            "name",
            "前台会议室" + UUID.randomUUID(),
            "building",
            "总部",
            "floor",
            "1F",
            "capacity",
            6,
            "equipment",
            List.of(),
            "needsApproval",
            true));
    assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
    UUID room = UUID.fromString(made.body().path("id").asString());
    String roomCalendar = made.body().path("calendarId").asString();
    var assistant = People.create(port, admin, "行政助理");
    var organiser = People.create(port, admin, "约访客的人");
    var handed = admin.put(
        "/api/v1/calendars/" + roomCalendar + "/grants",
        Map.of(
            "grants",
            List.of(
                Map.of("kind", "COMPANY", "role", "FREEBUSY"),
                CalendarRequests.grant("PERSON", assistant.id(), "MANAGER"))));
    assertThat(handed.status()).as(handed.body().toString()).isEqualTo(200);
    assertThat(admin.get("/api/v1/calendars/" + roomCalendar + "/grants").status())
        .as("who handed it over no longer manages it")
        .isEqualTo(403);

    Instant start = slot();
    var created = organiser
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(organiser) + "/events",
            meeting("客户来访", start, start.plus(Duration.ofHours(1)), room));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String eventId = created.body().path("id").asString();

    JsonNode request =
        Eventually.eventually(() -> requestFor(assistant.api(), eventId), r -> r != null);
    Eventually.eventually(
        () -> noticeKinds(assistant.api(), "/calendar/rooms/requests"),
        kinds -> kinds.contains("calendar.room-request"));
    assertThat(assistant
            .api()
            .post(
                "/api/v1/rooms/bookings/" + request.path("bookingId").asString() + "/approve", null)
            .status())
        .isEqualTo(204);
    Eventually.eventually(
        () -> noticeKinds(organiser.api(), "/calendar/events/" + eventId),
        kinds -> kinds.contains("calendar.room-decided"));
  }

  @Test
  void onlyAdministratorsChangeRoomsAndBadInputIsRefusedWithACode() {
    Api admin = People.admin(port);
    var member = People.create(port, admin, "普通成员");
    var refused = member.api().post("/api/v1/rooms", Map.of("name", "我的会议室", "capacity", 4));
    assertThat(refused.status()).isEqualTo(403);

    assertThat(admin.post("/api/v1/rooms", Map.of("name", " ", "capacity", 4)).code())
        .isEqualTo("calendar.room-name-invalid");
    assertThat(admin.post("/api/v1/rooms", Map.of("name", "零人间", "capacity", 0)).code())
        .isEqualTo("calendar.room-capacity-invalid");
    String name = "重名会议室" + UUID.randomUUID();
    UUID room = room(admin, name, 6, List.of(" Projector ", "projector"), false);
    var twice = admin.post(
        "/api/v1/rooms", Map.of("name", name.toUpperCase(), "building", "总部", "capacity", 6));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("calendar.room-name-taken");
    var backwards =
        member.api().get("/api/v1/rooms?from=2030-01-02T10:00:00Z&to=2030-01-02T09:00:00Z");
    assertThat(backwards.code()).isEqualTo("calendar.room-search-invalid");

    var renamed = admin.patch("/api/v1/rooms/" + room, Map.of("capacity", 9));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.body().path("capacity").asInt()).isEqualTo(9);
    assertThat(renamed.body().path("name").asString()).isEqualTo(name);
    assertThat(renamed.body().path("equipment").valueStream().map(JsonNode::asString))
        .containsExactly("projector");

    assertThat(admin.delete("/api/v1/rooms/" + room).status()).isEqualTo(204);
    assertThat(member
            .api()
            .get("/api/v1/rooms?capacity=9")
            .body()
            .path("rooms")
            .findValuesAsString("id"))
        .doesNotContain(room.toString());
    Instant start = slot();
    var archived = member
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(member) + "/events",
            meeting("在停用的会议室", start, start.plus(Duration.ofHours(1)), room));
    assertThat(archived.code()).isEqualTo("calendar.room-unknown");
  }

  @Test
  void aWeeklyMeetingKeepsItsRoomAYearAheadAndHearsOfTimesTakenMeanwhile() {
    Api admin = People.admin(port);
    UUID room = room(admin, "周会室", 8, List.of(), false, "楼" + UUID.randomUUID());
    var organiser = People.create(port, admin, "周会组织者");
    var other = People.create(port, admin, "远期订房人");
    Instant start = slot();
    Map<String, Object> weekly =
        new HashMap<>(meeting("周会", start, start.plus(Duration.ofMinutes(30)), room));
    weekly.put("recurrence", "FREQ=WEEKLY");
    var created = organiser
        .api()
        .post("/api/v1/calendars/" + personalCalendar(organiser) + "/events", weekly);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    UUID eventId = UUID.fromString(created.body().path("id").asString());
    // as if it had been booked 200 days ago: its bookings stop 166 days from now
    Instant cut = Instant.now().plus(Duration.ofDays(166));
    jdbc.sql("delete from calendar.room_booking where event_id = ? and occurrence_start > ?")
        .params(eventId, Timestamp.from(cut))
        .update();
    jdbc.sql("update calendar.event set rooms_booked_until = ? where id = ?")
        .params(Timestamp.from(cut), eventId)
        .update();
    // meanwhile another meeting took the room at one of the series' later times
    Instant taken = start;
    while (taken.isBefore(cut.plus(Duration.ofDays(14)))) {
      taken = taken.plus(Duration.ofDays(7));
    }
    var took = other
        .api()
        .post(
            "/api/v1/calendars/" + personalCalendar(other) + "/events",
            meeting("远期会", taken, taken.plus(Duration.ofMinutes(30)), room));
    assertThat(took.status()).as(took.body().toString()).isEqualTo(201);

    roll.rollDue(Instant.now());

    assertThat(booked(eventId, taken)).as("the time another meeting took").isFalse();
    assertThat(booked(eventId, taken.minus(Duration.ofDays(7)))).isTrue();
    assertThat(booked(eventId, taken.plus(Duration.ofDays(7)))).isTrue();
    Instant lastWeek = taken;
    while (lastWeek.plus(Duration.ofDays(7)).isBefore(Instant.now().plus(Duration.ofDays(360)))) {
      lastWeek = lastWeek.plus(Duration.ofDays(7));
    }
    assertThat(booked(eventId, lastWeek)).as("a year ahead again").isTrue();
    String link = "/calendar/events/" + eventId;
    List<JsonNode> told = Eventually.eventually(
        () -> notices(organiser.api(), link, "calendar.room-lapsed"), found -> !found.isEmpty());
    assertThat(told.getFirst().path("title").path("params").path("count").asString())
        .isEqualTo("1");

    long bookings = jdbc.sql("select count(*) from calendar.room_booking where event_id = ?")
        .param(eventId)
        .query(Long.class)
        .single();
    roll.rollDue(Instant.now());
    assertThat(jdbc.sql("select count(*) from calendar.room_booking where event_id = ?")
            .param(eventId)
            .query(Long.class)
            .single())
        .as("rolled once")
        .isEqualTo(bookings);
    assertThat(notices(organiser.api(), link, "calendar.room-lapsed")).hasSize(1);
  }

  // — steps —

  private static Instant slot() {
    return Instant.now()
        .truncatedTo(ChronoUnit.DAYS)
        .plus(Duration.ofDays(30L + 3L * DAY.incrementAndGet()))
        .plus(Duration.ofHours(2));
  }

  private UUID personalCalendar(People.Person person) {
    var answer = person.api().get("/api/v1/people/" + person.id() + "/calendar");
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return UUID.fromString(answer.body().path("id").asString());
  }

  private static Map<String, Object> meeting(String title, Instant start, Instant end, UUID room) {
    return Map.of(
        "title",
        title,
        "allDay",
        false,
        "private",
        false,
        "start",
        start.toString(),
        "end",
        end.toString(),
        "timeZone",
        "Asia/Shanghai",
        "roomId",
        room.toString(),
        "attendees",
        List.of());
  }

  static UUID room(Api admin, String name, int capacity, List<String> equipment, boolean approval) {
    return room(admin, name, capacity, equipment, approval, "总部");
  }

  static UUID room(
      Api admin,
      String name,
      int capacity,
      List<String> equipment,
      boolean approval,
      String building) {
    var answer = admin.post(
        "/api/v1/rooms",
        Map.of(
            "name", name,
            "building", building,
            "floor", "3F",
            "capacity", capacity,
            "equipment", equipment,
            "needsApproval", approval));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return UUID.fromString(answer.body().path("id").asString());
  }

  private static List<UUID> search(
      Api api,
      String building,
      Instant from,
      Instant to,
      int capacity,
      List<String> equipment,
      boolean free) {
    var answer = api.get("/api/v1/rooms?building="
        + java.net.URLEncoder.encode(building, java.nio.charset.StandardCharsets.UTF_8)
        + "&from=" + from + "&to=" + to + "&capacity=" + capacity + "&free=" + free
        + (equipment.isEmpty() ? "" : "&equipment=" + String.join(",", equipment)));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body().path("rooms").findValuesAsString("id").stream()
        .map(UUID::fromString)
        .toList();
  }

  private static boolean busy(Api api, UUID room, Instant from, Instant to) {
    var answer = api.get("/api/v1/rooms?from=" + from + "&to=" + to + "&archived=true");
    for (JsonNode r : answer.body().path("rooms")) {
      if (r.path("id").asString().equals(room.toString())) {
        return !r.path("free").asBoolean();
      }
    }
    throw new AssertionError("room not listed");
  }

  private static JsonNode requestFor(Api api, String eventId) {
    for (JsonNode r : api.get("/api/v1/rooms/requests").body().path("requests")) {
      if (r.path("eventId").asString().equals(eventId)) {
        return r;
      }
    }
    return null;
  }

  private boolean booked(UUID eventId, Instant occurrence) {
    return jdbc.sql(
                "select count(*) from calendar.room_booking where event_id = ? and occurrence_start = ?")
            .params(eventId, Timestamp.from(occurrence))
            .query(Long.class)
            .single()
        == 1;
  }

  private static List<JsonNode> notices(Api api, String link, String kind) {
    return notices(api, link).stream()
        .filter(item -> item.path("kind").asString().equals(kind))
        .toList();
  }

  private static List<String> noticeKinds(Api api, String link) {
    return notices(api, link).stream().map(item -> item.path("kind").asString()).toList();
  }

  /** My notifications that link to {@code link}, newest first. */
  private static List<JsonNode> notices(Api api, String link) {
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("link").asString().equals(link)) {
        found.add(item);
      }
    });
    return found;
  }
}
