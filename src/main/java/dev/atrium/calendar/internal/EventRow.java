package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
    return with(c -> {
      c.allDay = series.allDay();
      c.startAt = series.start();
      c.endAt = series.end();
      c.timeZone = series.zone().getId();
      c.rrule = series.rrule();
      c.exdates = series.exdates();
      c.seriesEnd = series.seriesEnd();
    });
  }

  /** This row as another row: a series split off, or an override of one occurrence. */
  public EventRow as(
      UUID newId, String newUid, @Nullable UUID newParent, @Nullable Instant occurrence) {
    return with(c -> {
      c.id = newId;
      c.uid = newUid;
      c.parentId = newParent;
      c.recurrenceId = occurrence;
    });
  }

  /** This row cancelled, its room given up. */
  public EventRow cancelled() {
    return with(c -> {
      c.roomId = null;
      c.status = EventStatus.CANCELLED;
      c.sequence = sequence + 1;
    });
  }

  public EventRow withSequence(int next) {
    return with(c -> c.sequence = next);
  }

  public EventRow withAttachments(String stored) {
    return with(c -> c.attachments = stored);
  }

  private EventRow with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.row();
  }

  /**
   * A row's components, to change a few and make the row again: the one place that lists them all,
   * so each wither above names only what it changes.
   */
  private static final class Copy {
    UUID id;
    UUID calendarId;
    String uid;
    String title;

    @Nullable
    String description;

    String descriptionText;
    String location;

    @Nullable
    UUID roomId;

    boolean allDay;
    Instant startAt;
    Instant endAt;
    String timeZone;

    @Nullable
    String rrule;

    List<Instant> exdates;

    @Nullable
    Instant seriesEnd;

    @Nullable
    UUID parentId;

    @Nullable
    Instant recurrenceId;

    EventStatus status;
    boolean isPrivate;
    UUID organizerId;
    UUID creatorId;
    List<Integer> reminders;
    String attachments;

    @Nullable
    UUID docPageId;

    @Nullable
    String source;

    int sequence;

    Copy(EventRow row) {
      id = row.id;
      calendarId = row.calendarId;
      uid = row.uid;
      title = row.title;
      description = row.description;
      descriptionText = row.descriptionText;
      location = row.location;
      roomId = row.roomId;
      allDay = row.allDay;
      startAt = row.startAt;
      endAt = row.endAt;
      timeZone = row.timeZone;
      rrule = row.rrule;
      exdates = row.exdates;
      seriesEnd = row.seriesEnd;
      parentId = row.parentId;
      recurrenceId = row.recurrenceId;
      status = row.status;
      isPrivate = row.isPrivate;
      organizerId = row.organizerId;
      creatorId = row.creatorId;
      reminders = row.reminders;
      attachments = row.attachments;
      docPageId = row.docPageId;
      source = row.source;
      sequence = row.sequence;
    }

    EventRow row() {
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
          sequence);
    }
  }

  /** The series this row times, with the original starts its override rows replace. */
  public Series series(List<Instant> overrides) {
    return Series.of(this, overrides);
  }
}
