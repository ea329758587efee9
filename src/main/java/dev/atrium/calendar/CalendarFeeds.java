package dev.atrium.calendar;

import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.EventRow;
import dev.atrium.calendar.internal.EventsTable;
import dev.atrium.calendar.internal.FeedTokens;
import dev.atrium.calendar.internal.IcsExport;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's secret iCalendar feed URL, for phones, Outlook and Apple Calendar to subscribe to:
 * their personal calendar and the events they attend (declined ones left out), a year back and two
 * ahead, series as RRULEs with their exceptions. Whoever holds the URL reads it without signing in,
 * so it is revocable and made anew on request; a wrong or revoked secret finds nothing, alike.
 */
@Service
public class CalendarFeeds {

  /** How far back and ahead a feed reaches. */
  static final int YEARS_BACK = 1;

  static final int YEARS_AHEAD = 2;

  private static final String PATH = "/api/v1/calendar-feeds/";

  private final FeedTokens tokens;
  private final Calendars calendars;
  private final EventsTable events;
  private final IcsExport export;
  private final OrgDirectory directory;
  private final Clock clock;

  CalendarFeeds(
      FeedTokens tokens,
      Calendars calendars,
      EventsTable events,
      IcsExport export,
      OrgDirectory directory,
      Clock clock) {
    this.tokens = tokens;
    this.calendars = calendars;
    this.events = events;
    this.export = export;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CalendarFeed mine(Subject subject) {
    return tokens
        .of(subject.personId())
        .map(feed -> new CalendarFeed(true, feed.createdAt(), null))
        .orElse(new CalendarFeed(false, null, null));
  }

  /** Makes my feed URL, or a new one in place of the old, which stops working at once. */
  @Transactional
  public CalendarFeed rotate(Subject subject) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String token = tokens.rotate(subject.personId(), now);
    return new CalendarFeed(true, now, PATH + token);
  }

  @Transactional
  public void revoke(Subject subject) {
    tokens.revoke(subject.personId());
  }

  /** The feed the secret opens, as its owner sees their calendar; empty for any other secret. */
  @Transactional
  public Optional<byte[]> read(String token) {
    Optional<PersonRef> owner =
        tokens.owner(token).flatMap(directory::find).filter(person -> !person.suspended());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    PersonRef person = owner.get();
    UUID personal = calendars.personalCalendarOf(person.id());
    Instant now = clock.instant();
    Instant from = now.atZone(java.time.ZoneOffset.UTC).minusYears(YEARS_BACK).toInstant();
    Instant to = now.atZone(java.time.ZoneOffset.UTC).plusYears(YEARS_AHEAD).toInstant();
    List<EventRow> rows = new ArrayList<>(events.inWindow(List.of(personal), from, to));
    rows.addAll(events.attendedInWindow(person.id(), List.of(personal), from, to));
    return Optional.of(
        export.write(person.name(), person.id(), rows, Set.of(personal), Set.of(personal)));
  }
}
