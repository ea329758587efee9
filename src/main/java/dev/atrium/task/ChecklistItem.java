package dev.atrium.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a task's checklist; a new item may leave {@code id} out and is given one. */
public record ChecklistItem(
    @Nullable UUID id, @NotNull @Size(max = 500) String text, boolean done) {}
