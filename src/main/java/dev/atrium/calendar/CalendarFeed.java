package dev.atrium.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * My secret iCalendar feed: whether I have one and since when. Only its hash is kept, so the
 * {@code path} (under the API's base, {@code /api/v1/calendar-feeds/<secret>}) is told once, in the
 * answer that makes it; afterwards {@code path} is null and a lost URL is replaced by rotating.
 */
public record CalendarFeed(
    boolean active, @Nullable Instant createdAt, @Nullable String path) {}
