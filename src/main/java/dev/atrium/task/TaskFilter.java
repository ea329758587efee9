package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a board shows: every part left out (or empty) keeps everything; the parts given all apply.
 * Several assignees, priorities or tags keep a task matching any of them.
 */
public record TaskFilter(
    @Nullable @Size(max = 50) List<@NotNull UUID> assigneeIds,
    @Nullable DueFilter due,
    @Nullable @Size(max = 5) List<@NotNull Priority> priorities,
    @Nullable @Size(max = 20) List<@NotNull @Size(max = 30) String> tags,
    @Nullable TaskState state) {}
