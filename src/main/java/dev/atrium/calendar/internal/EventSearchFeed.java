package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventCancelled;
import dev.atrium.calendar.EventChanged;
import dev.atrium.calendar.EventMoved;
import dev.atrium.calendar.EventScheduled;
import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps events in the index current ({@link IndexingListener}): after each change it writes what
 * the database holds now for the event and its changed occurrences (whose privacy follows the
 * series), so a replay is harmless and a cancelled event leaves the index. Who may find them is in
 * their keys, asked at search time ({@link EventSearch}): a new grant or attendee needs no writing.
 */
@Component
class EventSearchFeed {

  private final EventSearchRows rows;
  private final EventSearch documents;
  private final SearchIndex index;

  EventSearchFeed(EventSearchRows rows, EventSearch documents, SearchIndex index) {
    this.rows = rows;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(EventScheduled event) {
    refresh(event.eventId());
  }

  @IndexingListener
  void on(EventChanged event) {
    refresh(event.eventId());
  }

  /** Moved: its documents carry the new calendar's key, so that calendar's readers find it. */
  @IndexingListener
  void on(EventMoved event) {
    refresh(event.eventId());
  }

  @IndexingListener
  void on(EventCancelled event) {
    refresh(event.eventId());
  }

  private void refresh(UUID eventId) {
    List<UUID> ids = new ArrayList<>();
    ids.add(eventId);
    ids.addAll(rows.occurrencesOf(List.of(eventId)));
    index.refresh(
        EventSearch.EVENT,
        ids,
        found -> rows.events(found).stream().map(documents::document).toList());
  }
}
