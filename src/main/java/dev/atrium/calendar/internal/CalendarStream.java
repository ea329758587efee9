package dev.atrium.calendar.internal;

import dev.atrium.calendar.CalendarStreamEvent;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The one write path of a calendar's stream (kind {@code calendar.calendar}): the writer holds the
 * calendar's row lock ({@link CalendarsTable#lock}), this moves {@code calendar.calendar.last_seq} on
 * and hands that position to {@link Streams#appendAt}, so the two never part and entries follow
 * commit order. Recipients are chosen now, in the writing transaction ({@link CalendarAudience}).
 */
@Component
public class CalendarStream {

  private final Streams streams;
  private final StreamKind<CalendarStreamEvent> kind;
  private final CalendarsTable calendars;
  private final CalendarAudience audience;
  private final Clock clock;

  CalendarStream(
      Streams streams,
      StreamKind<CalendarStreamEvent> kind,
      CalendarsTable calendars,
      CalendarAudience audience,
      Clock clock) {
    this.streams = streams;
    this.kind = kind;
    this.calendars = calendars;
    this.audience = audience;
    this.clock = clock;
  }

  /** Appends the events in order; the caller holds the calendar's lock. */
  public void append(UUID calendarId, Collection<? extends CalendarStreamEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Collection<UUID> recipients = audience.audience(calendarId);
    // one time for what one change appends, so its entries read as one moment
    Instant at = clock.instant();
    for (CalendarStreamEvent event : events) {
      long seq = calendars.nextSeq(calendarId);
      streams.appendAt(kind, calendarId, seq, at, recipients, event);
    }
  }

  public void append(UUID calendarId, CalendarStreamEvent event) {
    append(calendarId, List.of(event));
  }

  /** Declares the stream kind to {@code realtime}. */
  @Configuration(proxyBeanMethods = false)
  static class Kind {
    @Bean
    StreamKind<CalendarStreamEvent> calendarStreamKind(CalendarAudience audience) {
      return new StreamKind<>("calendar.calendar", CalendarStreamEvent.class, audience);
    }
  }
}
