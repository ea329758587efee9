package dev.atrium.task;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A task as a person's calendar shows it ({@code task::calendar}, ADR 0010): when it is due, whether
 * that is a whole day (then {@code dueAt} is the start of that day in {@code timeZone}), whether it
 * is done, and its project's name (none for a personal task).
 */
@NamedInterface("calendar")
public record DueTask(
    UUID id,
    String title,
    Instant dueAt,
    boolean allDay,
    String timeZone,
    boolean done,
    @Nullable String projectName) {}
