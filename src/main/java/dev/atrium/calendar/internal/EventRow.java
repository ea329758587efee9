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

  /** This row with the series' timing: rule, first start and end, zone, all-day, exceptions, last end. */
  public EventRow withTiming(Series series) {
    return new EventRow(
        id,
        calendarId,
        uid,
        title,
        description,
        descriptionText,
        location,
        roomId,
        series.allDay(),
        series.start(),
        series.end(),
        series.zone().getId(),
        series.rrule(),
        series.exdates(),
        series.seriesEnd(),
        parentId,
        recurrenceId,
        status,
        isPrivate,
        organizerId,
        creatorId,
        reminders,
        attachments,
        docPageId,
        source,
        sequence);
  }

  /** This row as another row: a series split off, or an override of one occurrence. */
  public EventRow as(
      UUID newId, String newUid, @Nullable UUID newParent, @Nullable Instant occurrence) {
    return new EventRow(
        newId,
        calendarId,
        newUid,
        title,
        description,
        descriptionText,
        location,
        roomId,
        allDay,
        startAt,
        endAt,
        timeZone,
        rrule,
        exdates,
        seriesEnd,
        newParent,
        occurrence,
        status,
        isPrivate,
        organizerId,
        creatorId,
        reminders,
        attachments,
        docPageId,
        source,
        sequence);
  }

  /** This row cancelled, its room given up. */
  public EventRow cancelled() {
    return new EventRow(
        id,
        calendarId,
        uid,
        title,
        description,
        descriptionText,
        location,
        null,
        allDay,
        startAt,
        endAt,
        timeZone,
        rrule,
        exdates,
        seriesEnd,
        parentId,
        recurrenceId,
        EventStatus.CANCELLED,
        isPrivate,
        organizerId,
        creatorId,
        reminders,
        attachments,
        docPageId,
        source,
        sequence + 1);
  }

  public EventRow withSequence(int next) {
    return new EventRow(
        id,
        calendarId,
        uid,
        title,
        description,
        descriptionText,
        location,
        roomId,
        allDay,
        startAt,
        endAt,
        timeZone,
        rrule,
        exdates,
        seriesEnd,
        parentId,
        recurrenceId,
        status,
        isPrivate,
        organizerId,
        creatorId,
        reminders,
        attachments,
        docPageId,
        source,
        next);
  }

  public EventRow withAttachments(String stored) {
    return new EventRow(
        id,
        calendarId,
        uid,
        title,
        description,
        descriptionText,
        location,
        roomId,
        allDay,
        startAt,
        endAt,
        timeZone,
        rrule,
        exdates,
        seriesEnd,
        parentId,
        recurrenceId,
        status,
        isPrivate,
        organizerId,
        creatorId,
        reminders,
        stored,
        docPageId,
        source,
        sequence);
  }

  /** The series this row times, with the original starts its override rows replace. */
  public Series series(List<Instant> overrides) {
    return Series.of(this, overrides);
  }
}
