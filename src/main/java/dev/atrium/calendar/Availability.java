package dev.atrium.calendar;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.BusyTable;
import dev.atrium.calendar.internal.BusyTimes;
import dev.atrium.calendar.internal.FreeSlots;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free/busy of people and rooms, and the free times they share (docs/calendar.md, "Invitations,
 * free/busy and reminders"). Only busy blocks leave here, never what the events are, so a private
 * event is as busy as any other. A person whose calendar the asker may not see comes back hidden.
 */
@Service
public class Availability {

  /** At most this many people and rooms in one question. */
  public static final int MAX_HOLDERS = 50;

  /** The longest window asked about. */
  public static final Duration MAX_WINDOW = Duration.ofDays(31);

  /** At most this many suggested times. */
  public static final int MAX_SLOTS = 10;

  private final BusyTimes busy;
  private final BusyTable table;
  private final ResourceAccess access;
  private final OrgDirectory directory;

  Availability(BusyTimes busy, BusyTable table, ResourceAccess access, OrgDirectory directory) {
    this.busy = busy;
    this.table = table;
    this.access = access;
    this.directory = directory;
  }

  /** The busy blocks of each person and room in [from, to). */
  @Transactional(readOnly = true)
  public FreeBusy freeBusy(
      Subject subject, List<UUID> people, List<UUID> rooms, Instant from, Instant to) {
    checkWindow(people, rooms, from, to);
    Set<UUID> asked = new LinkedHashSet<>(people);
    checkPeople(asked);
    Set<UUID> hidden = table.hidden(access.viewer(subject), asked);
    Set<UUID> seen = new LinkedHashSet<>(asked);
    seen.removeAll(hidden);
    Map<UUID, List<BusyBlock>> peopleBusy = busy.people(seen, from, to);
    Map<UUID, List<BusyBlock>> roomsBusy = busy.rooms(new LinkedHashSet<>(rooms), from, to);
    return new FreeBusy(
        asked.stream()
            .map(person -> new FreeBusyPerson(
                person, hidden.contains(person), peopleBusy.getOrDefault(person, List.of())))
            .toList(),
        roomsBusy.entrySet().stream()
            .map(room -> new FreeBusyRoom(room.getKey(), room.getValue()))
            .toList());
  }

  /**
   * Up to ten times of {@code length} in [from, to) when every person and room is free (tentative
   * blocks count as taken), earliest first: starting on the {@code step} from {@code dayStart}, on
   * working days (Monday to Friday) between {@code dayStart} and {@code dayEnd} in {@code zone}. People
   * whose free/busy the asker may not see are left out of the question.
   */
  @Transactional(readOnly = true)
  public TimeSuggestions findTime(
      Subject subject,
      List<UUID> people,
      List<UUID> rooms,
      Duration length,
      Instant from,
      Instant to,
      String zoneId,
      LocalTime dayStart,
      LocalTime dayEnd,
      Duration step) {
    ZoneId zone = zone(zoneId);
    if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
      throw DomainException.badRequest(
          "calendar.duration-invalid", "The meeting lasts more than nothing and at most a day.");
    }
    if (!step.equals(Duration.ofMinutes(15)) && !step.equals(Duration.ofMinutes(30))) {
      throw DomainException.badRequest("calendar.step-invalid", "The step is 15 or 30 minutes.");
    }
    if (!dayEnd.isAfter(dayStart)) {
      throw DomainException.badRequest(
          "calendar.working-hours-invalid", "The working day ends after it starts.");
    }
    FreeBusy freeBusy = freeBusy(subject, people, rooms, from, to);
    List<BusyBlock> taken = new ArrayList<>();
    freeBusy.people().forEach(person -> taken.addAll(person.busy()));
    freeBusy.rooms().forEach(room -> taken.addAll(room.busy()));
    return new TimeSuggestions(
        FreeSlots.find(taken, length, from, to, zone, dayStart, dayEnd, step, MAX_SLOTS));
  }

  private static void checkWindow(
      Collection<UUID> people, Collection<UUID> rooms, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw DomainException.badRequest("calendar.end-before-start", "The end is before the start.");
    }
    if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
      throw DomainException.badRequest(
          "calendar.free-busy-too-long", "Free/busy is asked for at most 31 days at once.");
    }
    if (people.size() + rooms.size() > MAX_HOLDERS) {
      throw DomainException.badRequest(
          "calendar.free-busy-too-many", "Free/busy is asked for at most 50 people and rooms.");
    }
  }

  private void checkPeople(Set<UUID> people) {
    Set<UUID> known =
        directory.summaries(people).stream().map(PersonSummary::id).collect(Collectors.toSet());
    if (!known.containsAll(people)) {
      throw DomainException.badRequest(
          "calendar.attendee-unknown", "Someone asked about is unknown.");
    }
  }

  static ZoneId zone(String zoneId) {
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw DomainException.badRequest("calendar.time-zone-unknown", "The time zone is unknown.");
    }
  }
}
