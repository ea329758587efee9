package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The task an announcement carries ("submit your form by Friday"): on publication each recipient
 * gets a personal task with this title and due date, from the announcement's author.
 * {@code timeZone} (IANA, default UTC) is where an all-day due date is counted.
 */
public record AnnouncementTaskPlan(
    @NotNull String title,
    @Nullable Instant dueAt,
    @Nullable Boolean allDay,
    @Nullable @Size(max = 64) String timeZone) {}
