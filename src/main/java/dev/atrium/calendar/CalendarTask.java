package dev.atrium.calendar;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task of mine due in the window, shown on the calendar on its due date (opened in Tasks). */
public record CalendarTask(
    UUID id,
    String title,
    Instant dueAt,
    boolean allDay,
    String timeZone,
    boolean done,
    @Nullable String projectName) {}
