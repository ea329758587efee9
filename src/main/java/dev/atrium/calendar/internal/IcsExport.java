package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventResponse;
import dev.atrium.calendar.EventStatus;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stored events as an iCalendar file for one reader: a private event tells its details only to its
 * organiser, its attendees and the editors of its calendar, and is busy time to anyone else. A
 * changed occurrence is written after its series with the series' UID; one that was cancelled is an
 * EXDATE of its series, which every client understands.
 */
@Component
public class IcsExport {

  private final EventsTable events;
  private final IcsRows rows;
  private final OrgDirectory directory;
  private final Clock clock;

  IcsExport(EventsTable events, IcsRows rows, OrgDirectory directory, Clock clock) {
    this.events = events;
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The file of these events (series, single events and overrides, in any order) as {@code readerId}
   * may see them, who reads the calendars in {@code readable} (else sees only when they are busy,
   * unless invited) and edits those in {@code editable}.
   */
  public byte[] write(
      String calendarName,
      UUID readerId,
      Collection<EventRow> found,
      Set<UUID> readable,
      Set<UUID> editable) {
    Map<UUID, EventRow> byId = new LinkedHashMap<>();
    found.forEach(row -> byId.put(row.id(), row));
    // an occurrence found without its series (the series began before the window) still needs it
    found.stream()
        .map(EventRow::parentId)
        .filter(id -> id != null && !byId.containsKey(id))
        .distinct()
        .toList()
        .forEach(id -> events.find(id).ifPresent(series -> byId.put(series.id(), series)));
    Map<UUID, List<IcsRows.Answer>> answers = rows.attendees(byId.keySet());
    Map<UUID, List<Instant>> cancelled = new HashMap<>();
    byId.values().stream()
        .filter(row -> row.parentId() != null && row.status() == EventStatus.CANCELLED)
        .forEach(row -> cancelled
            .computeIfAbsent(row.parentId(), id -> new ArrayList<>())
            .add(row.recurrenceId()));
    Map<UUID, Optional<PersonRef>> people = new HashMap<>();
    Instant now = clock.instant();
    List<IcsEvent> written = new ArrayList<>();
    for (EventRow row : byId.values()) {
      if (row.status() == EventStatus.CANCELLED) {
        continue;
      }
      EventRow top = row.parentId() == null ? row : byId.getOrDefault(row.parentId(), row);
      boolean participant = readerId.equals(top.organizerId())
          || attends(answers.get(top.id()), readerId)
          || attends(answers.get(row.id()), readerId);
      boolean details = participant
          || readable.contains(row.calendarId())
              && (!row.isPrivate() || editable.contains(row.calendarId()));
      List<Instant> exdates = new ArrayList<>(row.exdates());
      exdates.addAll(cancelled.getOrDefault(row.id(), List.of()));
      exdates.sort(null);
      written.add(new IcsEvent(
          row.uid(),
          row.sequence(),
          now,
          row.title(),
          row.descriptionText(),
          row.location(),
          row.allDay(),
          row.startAt(),
          row.endAt(),
          ZoneId.of(row.timeZone()),
          row.rrule(),
          exdates,
          row.recurrenceId(),
          false,
          row.isPrivate(),
          !details,
          person(people, row.organizerId(), EventResponse.ACCEPTED),
          answers.getOrDefault(row.id(), List.of()).stream()
              .map(a -> person(people, a.personId(), a.response()))
              .flatMap(p -> java.util.stream.Stream.ofNullable(p))
              .toList()));
    }
    return IcsWriter.write(calendarName, written);
  }

  private static boolean attends(@Nullable List<IcsRows.Answer> answers, UUID personId) {
    return answers != null && answers.stream().anyMatch(a -> a.personId().equals(personId));
  }

  private IcsEvent.@Nullable Person person(
      Map<UUID, Optional<PersonRef>> people, UUID personId, EventResponse response) {
    return people
        .computeIfAbsent(personId, directory::find)
        .map(p -> new IcsEvent.Person(p.email(), p.name(), response))
        .orElse(null);
  }
}
