import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Calendars at a company's size (issue #15's benchmark), four figures:
 *
 * <ol>
 *   <li><b>week</b>: --people people, each with a personal calendar holding --per-week events a week
 *       (a third of them weekly series begun a year before, the rest single events over --weeks
 *       weeks around the measured one, a tenth private, a third with a colleague invited); a viewer
 *       overlays --overlay colleagues' calendars (they see busy only, through the company's
 *       free/busy grant) and opens the week (GET /calendar/window), --rounds times with other
 *       colleagues each time;
 *   <li><b>freebusy</b>: the free/busy of --overlay people over the week (GET /calendar/free-busy);
 *   <li><b>rooms</b>: a search of --rooms rooms, each booked --bookings times in the week, for a
 *       free room of a size at an hour of the week (GET /rooms?free=true);
 *   <li><b>feed</b>: the iCalendar feed of a person with two years of events (their own and those
 *       they attend), fetched by its secret URL as a phone would.
 * </ol>
 *
 * Each call is timed from request to last byte on 127.0.0.1. The people other than the viewer and
 * the feed's person, their calendars, events, attendees, grants, rooms and bookings are written
 * straight into the tables with set-based statements (generate_series), as the services would write
 * them, so ten thousand people's year loads in a minute; the tables are analysed before measuring.
 *
 *   java -cp postgresql.jar bench/Calendar.java --url http://127.0.0.1:8080 --data &lt;data dir&gt;
 *        --admin-email a@b --admin-password … [--people 10000] [--per-week 20] [--weeks 8]
 *        [--rooms 200] [--bookings 30] [--overlay 30] [--rounds 50]
 */
public class Calendar extends Bench {

  static int people = 10_000;
  static int perWeek = 20;
  static int weeks = 8;
  static int rooms = 200;
  static int bookings = 30;
  static int overlay = 30;
  static int rounds = 50;
  static long seed = 42;

  public static void main(String[] args) throws Exception {
    options(args, true, (name, v) -> {
      switch (name) {
        case "--people" -> people = Integer.parseInt(v);
        case "--per-week" -> perWeek = Integer.parseInt(v);
        case "--weeks" -> weeks = Integer.parseInt(v);
        case "--rooms" -> rooms = Integer.parseInt(v);
        case "--bookings" -> bookings = Integer.parseInt(v);
        case "--overlay" -> overlay = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + name);
      }
    });
    new Calendar().run();
  }

  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Object> summary = new LinkedHashMap<>();
  /** Monday 00:00 UTC of the week after next: the week every figure looks at. */
  final Instant week = Instant.now()
      .atOffset(ZoneOffset.UTC)
      .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
      .truncatedTo(ChronoUnit.DAYS)
      .plusWeeks(1)
      .toInstant();

  final List<String> staff = new ArrayList<>();
  final List<String> calendars = new ArrayList<>();
  String[] tokens;
  String[] ids;
  long events;

  void run() throws Exception {
    String adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "calendar-bench");
    String root = rootDepartment(adminToken);
    ids = new String[2];
    tokens = signedInPeople(adminToken, root, 2, 2, "calendar-bench", ids);
    // their personal calendars, made on first use as the web client's first visit makes them
    String feedCalendar = (String) ((Map<?, ?>)
            call("GET", "/api/v1/people/" + ids[1] + "/calendar", null, tokens[1], null, 200))
        .get("id");
    call("GET", "/api/v1/people/" + ids[0] + "/calendar", null, tokens[0], null, 200);
    long t = System.nanoTime();
    try (Connection db = database(data)) {
      db.setAutoCommit(false);
      loadPeople(db, root);
      loadEvents(db);
      loadFeedPerson(db, feedCalendar);
      loadRooms(db);
      db.commit();
      db.setAutoCommit(true);
      try (Statement s = db.createStatement()) {
        s.execute("vacuum analyze org.person, calendar.calendar, calendar.event, calendar.attendee,"
            + " calendar.room, calendar.room_booking, access.resource_grant");
        var count = s.executeQuery("select count(*) from calendar.event");
        count.next();
        events = count.getLong(1);
      }
    }
    log(
        "data: %d people, %d events, %d rooms with %d bookings each written in %.1f s; load average %.1f",
        people, events, rooms, bookings, secondsSince(t), loadAverage());
    weekView();
    freeBusy();
    roomSearch();
    feed();
    summary.put("load", String.format(Locale.ROOT, "%.1f", loadAverage()));
    StringBuilder line = new StringBuilder("calendar: people=" + people + " events=" + events
        + " rooms=" + rooms + " overlay=" + overlay);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
  }

  // ---- set-up -----------------------------------------------------------------------------------
  /**
   * --people people in the root department, each with a personal calendar that they manage and the
   * company sees as free/busy, numbered in bench_person for the statements that follow.
   */
  void loadPeople(Connection db, String root) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    try (Statement s = db.createStatement()) {
      s.execute("""
          create temp table bench_person as
          select n, gen_random_uuid() as id, gen_random_uuid() as calendar_id
          from generate_series(0, %d - 1) n""".formatted(people));
      s.execute("""
          insert into org.person (id, name, email, primary_department_id, pinyin_full, pinyin_initials)
          select id, '日程员工' || n, 'cal' || n || '-%s@bench.test', '%s', 'richengyuangong' || n, 'rcyg'
          from bench_person""".formatted(run, root));
      s.execute("""
          insert into calendar.calendar (id, name, kind, owner_id, color, time_zone, created_at, updated_at)
          select calendar_id, '日程员工' || n, 'PERSONAL', id, 'blue', 'Asia/Shanghai', now(), now()
          from bench_person""");
      s.execute("""
          insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
          select 'calendar.calendar', calendar_id, 'PERSON', id, 'manager' from bench_person
          union all
          select 'calendar.calendar', calendar_id, 'COMPANY', null, 'freebusy' from bench_person""");
      var rows = s.executeQuery("select id, calendar_id from bench_person order by n");
      while (rows.next()) {
        staff.add(rows.getString(1));
        calendars.add(rows.getString(2));
      }
    }
  }

  /**
   * Each person's week: a third of --per-week as weekly series begun 52 weeks before the measured
   * week (unbounded, as most standing meetings are), the rest single events in each of --weeks
   * weeks around it, 09:00–18:00 on weekdays, half an hour or an hour; every tenth private; the
   * organiser an accepted attendee, and in a third of the single events the next person invited.
   */
  void loadEvents(Connection db) throws Exception {
    int series = perWeek / 3;
    int singles = perWeek - series;
    try (Statement s = db.createStatement()) {
      s.execute(eventsSql("bench_person", "-52", "0", String.valueOf(series - 1), true));
      s.execute(eventsSql(
          "bench_person",
          String.valueOf(-weeks / 2),
          String.valueOf(weeks - weeks / 2 - 1),
          String.valueOf(singles - 1),
          false));
      s.execute("""
          insert into calendar.attendee (event_id, person_id, response, responded_at)
          select e.id, e.organizer_id, 'ACCEPTED', now() from calendar.event e
          join bench_person p on p.calendar_id = e.calendar_id""");
      s.execute("""
          insert into calendar.attendee (event_id, person_id, response)
          select e.id, q.id, 'NEEDS_ACTION' from calendar.event e
          join bench_person p on p.calendar_id = e.calendar_id
          join bench_person q on q.n = (p.n + 1) %% %d
          where e.rrule is null and get_byte(uuid_send(e.id), 15) %% 3 = 0""".formatted(people));
    }
  }

  /**
   * Events of the calendars in {@code table}: weeks {@code fromWeek}..{@code toWeek} after the
   * measured one, {@code lastK}+1 a week per calendar, weekly series from the first of them.
   */
  String eventsSql(String table, String fromWeek, String toWeek, String lastK, boolean series) {
    String start = "timestamptz '" + week + "' + (w * 7 + k % 5) * interval '1 day'"
        + " + ((k * 7 + p.n) % 9) * interval '1 hour' + interval '1 hour'";
    return """
        insert into calendar.event (id, calendar_id, uid, title, description_text, location, all_day,
          start_at, end_at, time_zone, rrule, series_end, status, private, organizer_id, creator_id,
          created_at, updated_at)
        select gen_random_uuid(), p.calendar_id, gen_random_uuid()::text,
          case when k %% 4 = 0 then '项目周会 ' else '客户沟通 ' end || k, '', '三楼', false,
          %s, %s + (1 + k %% 2) * interval '30 minutes', 'Asia/Shanghai', %s, null, 'CONFIRMED',
          k %% 10 = 9, p.id, p.id, now(), now()
        from %s p, generate_series(%s, %s) w, generate_series(0, %s) k""".formatted(
            start,
            start,
            series ? "'FREQ=WEEKLY'" : "null",
            table,
            fromWeek,
            series ? fromWeek : toWeek,
            lastK);
  }

  /** The feed's person (an API person): the same pattern over two years, a year back and one ahead. */
  void loadFeedPerson(Connection db, String calendarId) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute(
          "create temp table bench_feed as select %d as n, '%s'::uuid as id, '%s'::uuid as calendar_id"
              .formatted(people, ids[1], calendarId));
      int series = perWeek / 3;
      s.execute(eventsSql("bench_feed", "-52", "0", String.valueOf(series - 1), true));
      s.execute(eventsSql("bench_feed", "-52", "51", String.valueOf(perWeek - series - 1), false));
      s.execute("""
          insert into calendar.attendee (event_id, person_id, response, responded_at)
          select e.id, e.organizer_id, 'ACCEPTED', now() from calendar.event e
          where e.calendar_id = '%s'""".formatted(calendarId));
    }
  }

  /**
   * --rooms rooms in five buildings, ten floors, of six sizes, with some of five pieces of
   * equipment, each with its ROOM calendar (company free/busy, the administrator managing), and
   * --bookings confirmed bookings each in the measured week, an hour every five hours (so they never
   * overlap), each by one of the people's single events.
   */
  void loadRooms(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("""
          create temp table bench_room as
          select n, gen_random_uuid() as id, gen_random_uuid() as calendar_id
          from generate_series(0, %d - 1) n""".formatted(rooms));
      s.execute("""
          insert into calendar.calendar (id, name, kind, owner_id, color, time_zone, created_at, updated_at)
          select calendar_id, '会议室 ' || n, 'ROOM', '%s', 'cyan', 'UTC', now(), now() from bench_room""".formatted(ids[0]));
      s.execute("""
          insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
          select 'calendar.calendar', calendar_id, 'PERSON', '%s'::uuid, 'manager' from bench_room
          union all
          select 'calendar.calendar', calendar_id, 'COMPANY', null, 'freebusy' from bench_room""".formatted(ids[0]));
      s.execute("""
          insert into calendar.room (id, name, building, floor, capacity, equipment, needs_approval,
            calendar_id, archived, created_at, updated_at)
          select id, '会议室 ' || n, chr(65 + n % 5) || ' 座', (1 + n / 5 % 10) || 'F',
            (array[4, 6, 8, 12, 20, 50])[1 + n % 6],
            (array['{}', '{projector}', '{projector,video}', '{whiteboard}', '{screen,video,phone}'])[1 + n % 5]::text[],
            n % 10 = 0, calendar_id, false, now(), now()
          from bench_room""");
      s.execute("""
          insert into calendar.room_booking (id, room_id, event_id, occurrence_start, period, state)
          select gen_random_uuid(), r.id, e.id, e.start_at, tstzrange(e.start_at, e.start_at + interval '1 hour'),
            'CONFIRMED'
          from bench_room r, generate_series(0, %d - 1) j,
          lateral (
            select e.id, timestamptz '%s' + (j * 5 + r.n %% 5) * interval '1 hour' as start_at
            from calendar.event e where e.calendar_id = (
              select calendar_id from bench_person where n = (r.n * %d + j) %% %d)
            and e.rrule is null order by e.id limit 1) e""".formatted(bookings, week, bookings, people));
    }
  }

  // ---- figures ----------------------------------------------------------------------------------
  String range() {
    return "from=" + week + "&to=" + week.plus(Duration.ofDays(7));
  }

  /** --overlay distinct people (their index in staff), chosen at random. */
  int[] someone() {
    return random.ints(0, people).distinct().limit(Math.min(overlay, people)).toArray();
  }

  void weekView() throws Exception {
    long[] times = timedRounds(
        i -> {
          StringBuilder ids = new StringBuilder();
          for (int p : someone()) {
            ids.append(ids.isEmpty() ? "" : ",").append(calendars.get(p));
          }
          return "/api/v1/calendar/window?calendars=" + ids + "&" + range() + "&zone=Asia/Shanghai";
        },
        answer -> {
          int shown = ((List<?>) answer.get("occurrences")).size();
          if (shown < overlay * (perWeek - 2)) {
            throw new IllegalStateException("the week shows " + shown + " occurrences of " + overlay
                + " calendars, fewer than " + overlay * (perWeek - 2));
          }
        });
    summary.put("week-p50", ms(pct(times, 50)) + "ms");
    summary.put("week-p95", ms(pct(times, 95)) + "ms");
  }

  void freeBusy() throws Exception {
    long[] times = timedRounds(
        i -> {
          StringBuilder ids = new StringBuilder();
          for (int p : someone()) {
            ids.append(ids.isEmpty() ? "" : ",").append(staff.get(p));
          }
          return "/api/v1/calendar/free-busy?people=" + ids + "&" + range();
        },
        answer -> {
          List<?> shown = (List<?>) answer.get("people");
          long blocks = shown.stream()
              .mapToLong(p -> ((List<?>) ((Map<?, ?>) p).get("busy")).size())
              .sum();
          if (shown.size() != Math.min(overlay, people) || blocks == 0) {
            throw new IllegalStateException(
                "free/busy shows " + shown.size() + " people, " + blocks + " blocks");
          }
        });
    summary.put("freebusy-p50", ms(pct(times, 50)) + "ms");
    summary.put("freebusy-p95", ms(pct(times, 95)) + "ms");
  }

  void roomSearch() throws Exception {
    int[] sizes = {4, 6, 8, 12, 20};
    long[] times = timedRounds(
        i -> {
          Instant from = week.plus(Duration.ofHours(random.nextInt(5 * 24)));
          return "/api/v1/rooms?from=" + from + "&to=" + from.plus(Duration.ofHours(1))
              + "&capacity=" + sizes[random.nextInt(sizes.length)] + "&free=true";
        },
        answer -> {
          if (((List<?>) answer.get("rooms")).isEmpty()) {
            throw new IllegalStateException("the room search found no free room");
          }
        });
    summary.put("rooms-p50", ms(pct(times, 50)) + "ms");
    summary.put("rooms-p95", ms(pct(times, 95)) + "ms");
  }

  /** The feed person's secret URL, fetched five times untimed and --rounds/5 times timed, as text/calendar. */
  void feed() throws Exception {
    Map<?, ?> made = (Map<?, ?>) call("POST", "/api/v1/calendar/feed", null, tokens[1], null, -2);
    String address = (String) made.get("url");
    URI uri = address.startsWith("http") ? URI.create(address) : URI.create(url + address);
    String body = fetch(uri);
    int vevents = body.split("BEGIN:VEVENT", -1).length - 1;
    if (vevents < perWeek) {
      throw new IllegalStateException("the feed holds " + vevents + " events");
    }
    for (int i = 0; i < 4; i++) {
      fetch(uri);
    }
    int n = Math.max(5, rounds / 5);
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      fetch(uri);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    summary.put("feed-p50", ms(pct(times, 50)) + "ms");
    summary.put("feed-max", ms(times[n - 1]) + "ms");
    summary.put("feed-vevents", vevents);
    summary.put("feed-kb", body.getBytes(StandardCharsets.UTF_8).length / 1024);
  }

  static String fetch(URI uri) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(uri).timeout(requestTimeout).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + uri + " -> " + response.statusCode());
    }
    return response.body();
  }

  interface Address {
    String of(int round);
  }

  interface Check {
    void check(Map<?, ?> answer);
  }

  /** Five untimed GETs (the first checked), then --rounds timed ones, each on its own path, sorted. */
  long[] timedRounds(Address path, Check check) throws Exception {
    for (int i = 0; i < 5; i++) {
      Map<?, ?> answer = (Map<?, ?>) call("GET", path.of(i), null, tokens[0], null, 200);
      if (i == 0) {
        check.check(answer);
      }
    }
    long[] times = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      String p = path.of(i);
      long t = System.nanoTime();
      call("GET", p, null, tokens[0], null, 200);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    return times;
  }
}
