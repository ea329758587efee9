package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code calendar.event}: a single event, a recurring series ({@code rrule} set), or an
 * overridden occurrence of one ({@code parentId} and {@code recurrenceId} set). {@code description}
 * and {@code attachments} and {@code source} are JSON as stored.
 */
public record EventRow(
    UUID id,
    UUID calendarId,
    String uid,
    String title,
    @Nullable String description,
    String descriptionText,
    String location,
    @Nullable UUID roomId,
    boolean allDay,
    Instant startAt,
    Instant endAt,
    String timeZone,
    @Nullable String rrule,
    List<Instant> exdates,
    @Nullable Instant seriesEnd,
    @Nullable UUID parentId,
    @Nullable Instant recurrenceId,
    EventStatus status,
    boolean isPrivate,
    UUID organizerId,
    UUID creatorId,
    List<Integer> reminders,
    String attachments,
    @Nullable UUID docPageId,
    @Nullable String source,
    int sequence) {

  public boolean recurring() {
    return rrule != null;
  }

  public Duration duration() {
    return Duration.between(startAt, endAt);
  }
}
