package dev.atrium.calendar.internal;

import dev.atrium.access.Subject;
import dev.atrium.calendar.EventAttendee;
import dev.atrium.calendar.EventDetail;
import dev.atrium.calendar.EventResponse;
import dev.atrium.calendar.Events;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.shared.DomainException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Cards for links to events ({@code /calendar/events/<id>}), in chat and wherever else links
 * unfurl: title, calendar, place ({@code excerpt}), start ({@code at}) and end ({@code due}),
 * status, and the people who accepted ({@code people}: names, so a card can say "3 accepted"). Only
 * for whoever may open the event in full: someone who may see only that the time is busy (a private
 * event of someone else, a calendar shared as free/busy) gets no card at all.
 */
@Component
class EventLinkPreviews implements LinkPreviews {

  private static final Pattern LINK = Pattern.compile(
      "^/calendar/events/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");

  private final Events events;

  EventLinkPreviews(Events events) {
    this.events = events;
  }

  @Override
  public Optional<LinkPreview> preview(Subject subject, String path) {
    Matcher m = LINK.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    EventDetail event;
    try {
      event = events.get(subject, UUID.fromString(m.group(1)), null);
    } catch (DomainException hidden) {
      return Optional.empty();
    }
    if (event.busyOnly() || event.title() == null) {
      return Optional.empty();
    }
    return Optional.of(new LinkPreview(
        "event",
        event.id(),
        event.title(),
        event.calendarId(),
        event.calendarName(),
        event.location() == null ? "" : event.location(),
        event.start(),
        event.status().name(),
        event.attendees().stream()
            .filter(a -> a.response() == EventResponse.ACCEPTED)
            .map(EventAttendee::person)
            .map(p -> p.name())
            .toList(),
        event.end()));
  }
}
