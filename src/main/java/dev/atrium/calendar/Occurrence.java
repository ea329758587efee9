package dev.atrium.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event, or one occurrence of a recurring event ({@code occurrence}: its original start, the key
 * to open or change just it), in a window. When {@code busyOnly}, {@code title} and
 * {@code location} are null: the reader may know only that the time is taken. {@code color} is the
 * reader's colour for the calendar.
 */
public record Occurrence(
    UUID eventId,
    UUID calendarId,
    @Nullable Instant occurrence,
    Instant start,
    Instant end,
    boolean allDay,
    @Nullable String title,
    @Nullable String location,
    @Nullable String roomName,
    boolean busyOnly,
    @JsonProperty("private") boolean isPrivate,
    boolean recurring,
    EventStatus status,
    @Nullable EventResponse myResponse,
    String color) {}
