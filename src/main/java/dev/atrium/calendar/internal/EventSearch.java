package dev.atrium.calendar.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.EventSearchRows.IndexedEvent;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The calendar's part of the search: events found by title, place and description. An event
 * carries its calendar's key ({@code calendar:<id>}, held by whoever may read the calendar, asked
 * of access on every search, so a grant's change applies at once) and its own
 * ({@code event:<series id>}, held by its organiser and attendees). A private event carries only
 * its own: nobody else finds it, not even as busy time. Cancelled events are not in the index.
 */
@Component
class EventSearch implements SearchSource {

  static final String EVENT = "event";
  private static final int BATCH = 1000;

  private final EventSearchRows rows;
  private final ResourceAccess resources;

  EventSearch(EventSearchRows rows, ResourceAccess resources) {
    this.rows = rows;
    this.resources = resources;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(EVENT);
  }

  @Override
  public long count() {
    return rows.count();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    UUID after = new UUID(0, 0);
    for (List<IndexedEvent> batch = rows.after(after, BATCH);
        !batch.isEmpty();
        batch = rows.after(after, BATCH)) {
      batch.forEach(event -> sink.accept(document(event)));
      after = batch.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    Set<String> keys = new HashSet<>();
    rows.readableCalendars(resources.viewer(subject)).forEach(id -> keys.add(calendarKey(id)));
    rows.attendedBy(subject.personId()).forEach(id -> keys.add(eventKey(id)));
    return keys;
  }

  SearchDocument document(IndexedEvent event) {
    Set<String> access = event.isPrivate()
        ? Set.of(eventKey(event.topId()))
        : Set.of(eventKey(event.topId()), calendarKey(event.calendarId()));
    String body = event.location().isBlank()
        ? event.descriptionText()
        : event.location() + "\n" + event.descriptionText();
    return new SearchDocument(
        EVENT,
        event.id(),
        event.title(),
        body,
        event.calendarId(),
        event.organizerId(),
        event.updatedAt(),
        access,
        Set.of(),
        "/calendar/events/" + event.id(),
        "");
  }

  static String calendarKey(UUID calendarId) {
    return "calendar:" + calendarId;
  }

  static String eventKey(UUID seriesId) {
    return "event:" + seriesId;
  }
}
