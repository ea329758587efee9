package dev.atrium.calendar.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Viewer;
import dev.atrium.calendar.EventResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule of seeing an event: its organiser and attendees see all of it; so do its calendar's
 * readers unless it is private, which then only the calendar's editors see in full; everyone else
 * holding free/busy on the calendar sees busy time only; anyone else nothing.
 */
@Component
public class EventVisibility {

  private final EventsTable events;
  private final ResourceAccess resources;

  EventVisibility(EventsTable events, ResourceAccess resources) {
    this.events = events;
    this.resources = resources;
  }

  /**
   * What a reader may see of an event: their rank on its calendar, their answer when invited, and
   * whether they see busy time only.
   */
  public record Seen(
      int rank, @Nullable EventResponse response, boolean organizer, boolean busyOnly) {

    public boolean attendee() {
      return response != null;
    }

    public boolean editable() {
      return rank >= CalendarResources.CALENDAR.rankFor("edit");
    }
  }

  /** What the viewer may see of the event (a series' override counts as its series), if anything. */
  public Optional<Seen> seen(Viewer viewer, EventRow row) {
    int rank = resources.rank(viewer, CalendarResources.CALENDAR, row.calendarId());
    UUID key = row.parentId() == null ? row.id() : row.parentId();
    EventResponse response = events.responses(viewer.personId(), List.of(key)).get(key);
    Seen seen = seen(rank, response, row, viewer.personId());
    return rank == 0 && !seen.attendee() && !seen.organizer()
        ? Optional.empty()
        : Optional.of(seen);
  }

  /** {@link #seen(Viewer, EventRow)} when the rank and the answer are known (a window reads them for many events at once). */
  public static Seen seen(int rank, @Nullable EventResponse response, EventRow row, UUID me) {
    boolean organizer = row.organizerId().equals(me);
    var type = CalendarResources.CALENDAR;
    boolean details = response != null
        || organizer
        || rank >= type.rankFor("view") && (!row.isPrivate() || rank >= type.rankFor("edit"));
    return new Seen(rank, response, organizer, !details);
  }

  /** True when the viewer may see the event's details (its files, its description). */
  public boolean detailsVisible(Viewer viewer, UUID eventId) {
    return events
        .find(eventId)
        .flatMap(row -> seen(viewer, row))
        .filter(seen -> !seen.busyOnly())
        .isPresent();
  }
}
