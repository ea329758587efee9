package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Changes a task: a field left out stays as it is, a field sent as {@code null} is cleared (a list:
 * emptied), any other value replaces it. Java sees a left-out field as a null {@link Optional} and
 * a {@code null} as an empty one. Project and parent change by a move, not here.
 */
public record UpdateTask(
    @Nullable Optional<String> title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    Optional<JsonNode> description,

    @Nullable @Size(max = 50) Optional<List<@NotNull UUID>> assigneeIds,
    @Nullable @Size(max = 100) Optional<List<@NotNull UUID>> followerIds,
    @Nullable Optional<Instant> startAt,
    @Nullable Optional<Instant> dueAt,
    @Nullable Optional<Boolean> allDay,
    @Nullable @Size(max = 64) Optional<String> timeZone,
    @Nullable Optional<Priority> priority,
    @Nullable @Size(max = 100) Optional<List<@NotNull String>> tags,
    @Nullable @Size(max = 1000) Optional<List<@NotNull @Valid ChecklistItem>> checklist,
    @Nullable @Size(max = 50) Optional<List<@NotNull UUID>> attachmentFileIds,
    @Nullable @Size(max = 10) Optional<List<@NotNull Integer>> reminders,
    @Nullable @Size(max = 500) Optional<String> recurrence,
    @Nullable @Size(max = 100) Optional<List<@NotNull UUID>> blockedByIds,
    @Nullable Optional<UUID> sectionId) {}
