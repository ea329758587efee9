package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Changes a task: a field left out stays as it is, a field sent as {@code null} is cleared (a list:
 * emptied; the title cannot be), any other value replaces it. Which fields were sent travels beside
 * this record ({@link Tasks#update(dev.atrium.access.Subject, UUID, UpdateTask, java.util.Set)}).
 * Project and parent change by a move, not here; {@code sectionId} moves the task to the end of
 * another section of its project.
 */
public record UpdateTask(
    @Nullable String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode description,

    @Nullable @Size(max = 50) List<@NotNull UUID> assigneeIds,
    @Nullable @Size(max = 100) List<@NotNull UUID> followerIds,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    @Nullable Boolean allDay,
    @Nullable @Size(max = 64) String timeZone,
    @Nullable Priority priority,
    @Nullable @Size(max = 100) List<@NotNull String> tags,
    @Nullable @Size(max = 1000) List<@NotNull @Valid ChecklistItem> checklist,
    @Nullable @Size(max = 50) List<@NotNull UUID> attachmentFileIds,
    @Nullable @Size(max = 10) List<@NotNull Integer> reminders,
    @Nullable @Size(max = 500) String recurrence,
    @Nullable @Size(max = 100) List<@NotNull UUID> blockedByIds,
    @Nullable UUID sectionId) {}
