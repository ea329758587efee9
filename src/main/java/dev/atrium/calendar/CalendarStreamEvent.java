package dev.atrium.calendar;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;

/**
 * What a calendar's stream carries (stream kind {@code calendar.calendar}), heard by the people who
 * follow the calendar. No entry carries an event's content, since some of them may see only free/busy:
 * a client refetches the event or its window.
 */
public sealed interface CalendarStreamEvent {

  /** An event was created or changed (some occurrences, an answer, a room's booking). */
  @JsonTypeName("event.changed")
  record EventChangedEntry(UUID eventId) implements CalendarStreamEvent {}

  /** An event left the calendar: cancelled or deleted. */
  @JsonTypeName("event.removed")
  record EventRemovedEntry(UUID eventId) implements CalendarStreamEvent {}

  /** The calendar's settings or grants changed: refetch it. */
  @JsonTypeName("calendar.updated")
  record CalendarUpdatedEntry(UUID calendarId) implements CalendarStreamEvent {}
}
