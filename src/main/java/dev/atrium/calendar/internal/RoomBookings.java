package dev.atrium.calendar.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's hold on a room: one {@code calendar.room_booking} row per occurrence, written inside
 * the transaction that writes the event ({@code Events}), so an event and its bookings commit or
 * fail together. The database's exclusion constraint is what keeps a room from being double-booked;
 * the look-up before inserting only names the first taken occurrence for a clearer answer.
 */
@Component
public class RoomBookings {

  /**
   * How far ahead a series books its room, counted from now: a weekly meeting holds the room for the
   * next year's occurrences, and later ones are not held (docs/calendar.md, "Rooms").
   */
  public static final Duration HORIZON = Duration.ofDays(366);

  /** When one occurrence holds the room: {@code start} is also its key in the series. */
  public record Period(Instant start, Instant end) {}

  /** Where a booking stands: waiting for the room's approvers, held, or refused by them. */
  public enum State {
    PENDING,
    CONFIRMED,
    DECLINED
  }

  /** An event's booking of one occurrence, for its detail. */
  public record Booking(UUID id, UUID roomId, Instant occurrenceStart, State state) {}

  private static final String NO_OVERLAP = "room_booking_no_overlap";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RoomBookings(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Makes these occurrences the event's bookings of the room, replacing what it held before:
   * occurrences whose time did not change keep their state (an approved booking stays approved), the
   * rest are deleted or added, added ones {@code PENDING} when the room needs approval. Occurrences
   * starting beyond {@link #HORIZON} are not booked. Refused with 400 {@code calendar.room-unknown}
   * for a room that does not exist or is archived, and 409 {@code calendar.room-taken} when another
   * meeting holds the room at one of the times; either way the caller's transaction rolls back.
   */
  @Transactional
  public void book(UUID eventId, UUID roomId, List<Period> occurrences) {
    Boolean needsApproval = jdbc.sql(
            "select needs_approval from calendar.room where id = :id and not archived for share")
        .param("id", roomId)
        .query(Boolean.class)
        .optional()
        .orElseThrow(() -> new DomainException(
            HttpStatus.BAD_REQUEST,
            "calendar.room-unknown",
            "There is no such meeting room.",
            Map.of("roomId", roomId)));
    Instant horizon = clock.instant().plus(HORIZON);
    markBookedUntil(eventId, horizon);
    Map<Instant, Period> wanted = new LinkedHashMap<>();
    occurrences.stream()
        .filter(p -> p.start().isBefore(horizon))
        .forEach(p -> wanted.put(p.start(), p));

    List<Held> held = held(eventId);
    Set<Instant> kept = new HashSet<>();
    List<UUID> dropped = new ArrayList<>();
    for (Held h : held) {
      Period p = wanted.get(h.occurrenceStart());
      if (h.roomId().equals(roomId) && p != null && p.equals(h.period())) {
        kept.add(h.occurrenceStart());
      } else {
        dropped.add(h.id());
      }
    }
    if (!dropped.isEmpty()) {
      jdbc.sql("delete from calendar.room_booking where id = any(cast(:ids as uuid[]))")
          .param("ids", UuidArrays.literal(dropped))
          .update();
    }
    List<Period> added =
        wanted.values().stream().filter(p -> !kept.contains(p.start())).toList();
    if (added.isEmpty()) {
      return;
    }
    String starts = instants(added.stream().map(Period::start).toList());
    String ends = instants(added.stream().map(Period::end).toList());
    takenAt(eventId, roomId, starts, ends).ifPresent(at -> {
      throw taken(roomId, at);
    });
    State state = needsApproval ? State.PENDING : State.CONFIRMED;
    try {
      insert(eventId, roomId, added, state, "");
    } catch (DataIntegrityViolationException e) {
      if (overlap(e)) {
        // another transaction booked the room between our look-up and our insert
        throw taken(roomId, null);
      }
      throw e;
    }
    if (state == State.PENDING) {
      events.publishEvent(new RoomRequested(eventId, roomId));
    }
  }

  /**
   * Books the occurrences of a series that came within {@link #HORIZON} since it last booked
   * (those after {@code from}, up to {@code horizon}), in the state its latest booking has: approvers
   * answered the meeting, not each week of it, and a declined room is not asked again. Occurrences
   * another meeting holds by then are left out rather than refusing the rest; answers how many.
   */
  @Transactional
  public int extend(UUID eventId, UUID roomId, List<Period> occurrences, Instant horizon) {
    markBookedUntil(eventId, horizon);
    State state = jdbc.sql("""
            select state from calendar.room_booking where event_id = :event and room_id = :room
            order by occurrence_start desc limit 1""")
        .param("event", eventId)
        .param("room", roomId)
        .query((rs, n) -> State.valueOf(rs.getString("state")))
        .optional()
        .orElse(State.CONFIRMED);
    if (state == State.DECLINED || occurrences.isEmpty()) {
      return 0;
    }
    // only the occurrences ahead of the first one asked for can already be held
    Set<Instant> mine = new HashSet<>(jdbc.sql("""
            select occurrence_start from calendar.room_booking
            where event_id = :event and occurrence_start >= :from""")
        .param("event", eventId)
        .param(
            "from",
            Timestamps.at(
                occurrences.stream().map(Period::start).min(Instant::compareTo).orElseThrow()))
        .query((rs, n) -> Timestamps.required(rs, "occurrence_start"))
        .list());
    List<Period> wanted =
        occurrences.stream().filter(p -> !mine.contains(p.start())).toList();
    if (wanted.isEmpty()) {
      return 0;
    }
    // the exclusion constraint decides, as for any booking; a slot taken by then is skipped
    int booked = insert(eventId, roomId, wanted, state, "on conflict do nothing");
    return wanted.size() - booked;
  }

  /** How far ahead the series last booked its room. */
  public Optional<Instant> bookedUntil(UUID eventId) {
    return jdbc.sql("select rooms_booked_until from calendar.event where id = :event")
        .param("event", eventId)
        .query((rs, n) -> Optional.ofNullable(Timestamps.instant(rs, 1)))
        .optional()
        .flatMap(until -> until);
  }

  /**
   * Series with a room whose bookings stop more than a day short of the horizon from {@code now}
   * and which go on past that point: what the roll books further.
   */
  public List<UUID> dueToExtend(Instant now, int limit) {
    return jdbc.sql("""
            select id from calendar.event
            where rrule is not null and room_id is not null and status = 'CONFIRMED'
              and (rooms_booked_until is null or rooms_booked_until < :due)
              and (series_end is null or series_end > coalesce(rooms_booked_until, :now))
            order by rooms_booked_until nulls first limit :limit""")
        .param("due", Timestamps.at(now.plus(HORIZON).minus(Duration.ofDays(1))))
        .param("now", Timestamps.at(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** Gives up every room the event holds (the meeting is cancelled, or no longer has a room). */
  @Transactional
  public void release(UUID eventId) {
    jdbc.sql("delete from calendar.room_booking where event_id = :event")
        .param("event", eventId)
        .update();
  }

  /** Gives up the room for one occurrence of a series, by its original start. */
  @Transactional
  public void release(UUID eventId, Instant occurrenceStart) {
    jdbc.sql("""
            delete from calendar.room_booking
            where event_id = :event and occurrence_start = :start""")
        .param("event", eventId)
        .param("start", Timestamps.at(occurrenceStart))
        .update();
  }

  /** The event's booking of one occurrence ({@code occurrenceStart}, its original start), if any. */
  public @Nullable Booking bookingOf(UUID eventId, Instant occurrenceStart) {
    return jdbc.sql("""
            select id, room_id, occurrence_start, state from calendar.room_booking
            where event_id = :event and occurrence_start = :start""")
        .param("event", eventId)
        .param("start", Timestamps.at(occurrenceStart))
        .query((rs, n) -> new Booking(
            rs.getObject("id", UUID.class),
            rs.getObject("room_id", UUID.class),
            Timestamps.required(rs, "occurrence_start"),
            State.valueOf(rs.getString("state"))))
        .optional()
        .orElse(null);
  }

  /**
   * When each of these rooms is held (pending or confirmed) between {@code from} and {@code to}:
   * the rooms' busy blocks for free/busy and room search, earliest first.
   */
  public Map<UUID, List<Period>> busy(Collection<UUID> roomIds, Instant from, Instant to) {
    Map<UUID, List<Period>> busy = new HashMap<>();
    roomIds.forEach(id -> busy.put(id, new ArrayList<>()));
    if (roomIds.isEmpty()) {
      return busy;
    }
    jdbc.sql("""
            select room_id, lower(period) as s, upper(period) as e from calendar.room_booking
            where room_id = any(cast(:rooms as uuid[])) and state <> 'DECLINED'
              and period && tstzrange(:from, :to)
            order by room_id, lower(period)""")
        .param("rooms", UuidArrays.literal(roomIds))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .query(rs -> {
          busy.computeIfAbsent(rs.getObject("room_id", UUID.class), id -> new ArrayList<>())
              .add(new Period(Timestamps.required(rs, "s"), Timestamps.required(rs, "e")));
        });
    return busy;
  }

  private int insert(
      UUID eventId, UUID roomId, List<Period> occurrences, State state, String onConflict) {
    return jdbc.sql("""
            insert into calendar.room_booking (id, room_id, event_id, occurrence_start, period, state)
            select n.id, :room, :event, n.s, tstzrange(n.s, n.e), :state
            from unnest(cast(:ids as uuid[]), cast(:starts as timestamptz[]),
                        cast(:ends as timestamptz[])) as n(id, s, e)
            """ + onConflict)
        .param("room", roomId)
        .param("event", eventId)
        .param("state", state.name())
        .param(
            "ids", UuidArrays.literal(occurrences.stream().map(p -> Ids.newId()).toList()))
        .param("starts", instants(occurrences.stream().map(Period::start).toList()))
        .param("ends", instants(occurrences.stream().map(Period::end).toList()))
        .update();
  }

  private void markBookedUntil(UUID eventId, Instant horizon) {
    jdbc.sql("update calendar.event set rooms_booked_until = :until where id = :event")
        .param("until", Timestamps.at(horizon))
        .param("event", eventId)
        .update();
  }

  private record Held(UUID id, UUID roomId, Instant occurrenceStart, Period period) {}

  private List<Held> held(UUID eventId) {
    return jdbc.sql("""
            select id, room_id, occurrence_start, lower(period) as s, upper(period) as e
            from calendar.room_booking where event_id = :event for update""")
        .param("event", eventId)
        .query((rs, n) -> new Held(
            rs.getObject("id", UUID.class),
            rs.getObject("room_id", UUID.class),
            Timestamps.required(rs, "occurrence_start"),
            new Period(Timestamps.required(rs, "s"), Timestamps.required(rs, "e"))))
        .list();
  }

  /** The earliest start among these occurrences at which another meeting holds the room. */
  private Optional<Instant> takenAt(UUID eventId, UUID roomId, String starts, String ends) {
    return jdbc.sql("""
            select min(n.s) from unnest(cast(:starts as timestamptz[]), cast(:ends as timestamptz[])) as n(s, e)
            where exists (
              select 1 from calendar.room_booking b
              where b.room_id = :room and b.state <> 'DECLINED' and b.event_id <> :event
                and b.period && tstzrange(n.s, n.e))""")
        .param("starts", starts)
        .param("ends", ends)
        .param("room", roomId)
        .param("event", eventId)
        .query((rs, n) -> Optional.ofNullable(Timestamps.instant(rs, 1)))
        .single();
  }

  private static DomainException taken(UUID roomId, @Nullable Instant at) {
    Map<String, Object> properties =
        at == null ? Map.of("roomId", roomId) : Map.of("roomId", roomId, "at", at.toString());
    return new DomainException(
        HttpStatus.CONFLICT,
        "calendar.room-taken",
        "The meeting room is already booked at that time.",
        properties);
  }

  private static boolean overlap(DataIntegrityViolationException e) {
    return e.getMostSpecificCause() instanceof SQLException sql
        && "23P01".equals(sql.getSQLState())
        && String.valueOf(sql.getMessage()).contains(NO_OVERLAP);
  }

  private static String instants(List<Instant> instants) {
    return instants.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
  }
}
